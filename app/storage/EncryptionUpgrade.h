#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace mtb {

class KeyRing;

// The one-time move of a plaintext data folder (schema 5 and before) to encryption at rest, and the
// check that the keys loaded are the ones this folder was encrypted with.
//
// Migration step 6 adds the encrypted columns and marks the folder "upgrade pending"; it needs no
// keys, so a keyless open (e.g. the audit check) still migrates. The first open with keys then runs
// this: legacy blob files are encrypted next to the originals, every plaintext row is encrypted and
// the plaintext columns emptied in one transaction (all or nothing; the marker goes in the same
// commit), and only then are the plaintext files overwritten and removed, the WAL checkpointed and
// truncated and the file vacuumed, with secure_delete on, so no old page keeps a name or an ID number.
// An interrupted run repeats safely: rows are chosen by SQLite type (TEXT = not yet encrypted).
class EncryptionUpgrade
{
public:
    static constexpr const char* kPendingKey = "encryption/upgrade_pending";
    static constexpr const char* kVacuumKey = "encryption/vacuum_pending";
    static constexpr const char* kKeyCheckKey = "encryption/key_check";

    EncryptionUpgrade(QSqlDatabase& db, const QString& dataDir, std::shared_ptr<const KeyRing> keys);

    // True when the folder holds data encrypted under some key: encrypted blob files, or a database
    // that recorded a key fingerprint. Read-only; used to refuse starting a new key vault over data
    // whose vault was lost.
    static bool folderHoldsEncryptedData(const QString& dataDir);

    enum class KeyCheck { Matches, Recorded, Differs, Failed };
    // Compares the keys with the fingerprint stored in the folder (recording it the first time).
    // Differs: the folder was encrypted under another data key; nothing is changed.
    KeyCheck checkKeys(QString* error);

    bool pending();
    struct Result
    {
        int rows = 0;
        int blobs = 0;
        bool vacuumed = false;
    };
    bool run(Result* result, QString* error);

private:
    bool encryptRows(int* rows, QString* error);
    bool finishVacuum(QString* error);
    QString meta(const char* key);

    QSqlDatabase& m_db;
    QString m_dataDir;
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace mtb
