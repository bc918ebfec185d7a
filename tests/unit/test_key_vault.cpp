// The cipher, the key ring and the key vault (docs/encryption.md): round trips, refusal of anything
// altered, and what happens with a wrong passphrase or a keychain entry that is missing or wrong —
// a clear message, and every file in the data folder byte for byte as it was.
#include "Aes256GcmCipher.h"
#include "KeyRing.h"
#include "KeyVault.h"
#include "SecretStore.h"
#include "SecureBytes.h"
#include "Sha256.h"
#include "TestPaths.h"
#include "VaultUnlocker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mtb;

namespace {

// The keychain as the tests need it: working, empty, holding something else, or absent.
class MemorySecretStore : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    bool available = true;
    int reads = 0;

    Status read(const QString& account, QByteArray* secret, QString* error) override
    {
        ++reads;
        if (!available) {
            *error = QStringLiteral("no Secret Service on this test machine");
            return Status::Unavailable;
        }
        if (!entries.contains(account))
            return Status::NotFound;
        *secret = entries.value(account);
        return Status::Ok;
    }
    Status write(const QString& account, const QByteArray& secret, QString* error) override
    {
        if (!available) {
            *error = QStringLiteral("no Secret Service on this test machine");
            return Status::Unavailable;
        }
        entries.insert(account, secret);
        return Status::Ok;
    }
    Status remove(const QString& account, QString*) override
    {
        entries.remove(account);
        return Status::Ok;
    }
};

// Every file under a folder, by relative path, with its bytes.
QHash<QString, QByteArray> snapshot(const QString& dir)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), test::readFileBytes(path));
    }
    return out;
}

void cheapKdf(VaultUnlocker& unlocker)
{
    unlocker.setKdfForNewPassphrases([] { return PassphraseKdf::forTesting(); });
}

// Some files a data folder holds besides the vault, so "nothing changed" covers them too.
void writeSomeData(const QString& dir)
{
    QVERIFY(test::writeFileBytes(dir + QStringLiteral("/mtbdesk.sqlite"), QByteArray(4096, '\x17')));
    QVERIFY(test::writeFileBytes(dir + QStringLiteral("/blobs/ab/abcdef.enc"), QByteArray(300, '\x42')));
}

const QString kPassphrase = QStringLiteral("南充 site passphrase 1");

} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT

private slots:
    void cipherRoundTrip();
    void cipherRefusesAlteredEnvelopes();
    void keyRingSubkeysAreHkdfAndIndependent();
    void sha256MatchesTheStandardAndQt();
    void firstRunWithoutKeychainSetsPassphrase();
    void wrongPassphraseSaysSoAndChangesNothing();
    void firstRunWithKeychainIsSilent();
    void keychainEntryMissingOrWrongFallsBackToPassphrase();
    void keychainWithoutPassphraseFailsClearlyAndChangesNothing();
    void missingVaultNextToEncryptedDataIsRefused();
    void changingThePassphraseOnlyRewraps();
    void damagedVaultFileIsReportedNotReplaced();
    void kdfParametersAreBounded();
};

void TestKeyVault::sha256MatchesTheStandardAndQt()
{
    // FIPS 180-2 examples, then a page-sized input against Qt's own implementation.
    QCOMPARE(sha256Hex(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    const QByteArray page = randomBytes(300 * 1024 + 7);
    QCOMPARE(sha256(page), QCryptographicHash::hash(page, QCryptographicHash::Sha256));
}

void TestKeyVault::cipherRoundTrip()
{
    const Aes256GcmCipher cipher(randomBytes(32));
    const QByteArray plain = QStringLiteral("王秀英 511302196803150027 高血压").toUtf8();
    const QByteArray a = cipher.encrypt(plain, "applications.payload:1");
    const QByteArray b = cipher.encrypt(plain, "applications.payload:1");
    QCOMPARE(a.size(), plain.size() + Aes256GcmCipher::Overhead);
    QCOMPARE(quint8(a.at(0)), CipherAlgorithm::Aes256Gcm); // the header names the algorithm
    QVERIFY(a != b);                                       // a fresh nonce every time
    QVERIFY(!a.contains(plain));
    QString error;
    QCOMPARE(cipher.decrypt(a, "applications.payload:1", &error).value_or(QByteArray()), plain);
    QCOMPARE(cipher.decrypt(b, "applications.payload:1", &error).value_or(QByteArray()), plain);
    // Empty values are encrypted too (their length is all they reveal).
    const QByteArray empty = cipher.encrypt({}, "x");
    QCOMPARE(empty.size(), Aes256GcmCipher::Overhead);
    const auto back = cipher.decrypt(empty, "x", &error);
    QVERIFY(back && back->isEmpty());
}

void TestKeyVault::cipherRefusesAlteredEnvelopes()
{
    const QByteArray key = randomBytes(32);
    const Aes256GcmCipher cipher(key);
    const QByteArray aad = "applications.summary:0b0e…";
    const QByteArray envelope = cipher.encrypt("certno 511302198001010013", aad);
    QString error;
    // Every byte matters: the header, the nonce, the ciphertext and the tag.
    for (int i = 0; i < envelope.size(); ++i) {
        QByteArray altered = envelope;
        altered[i] = char(altered[i] ^ 0x20);
        error.clear();
        QVERIFY2(!cipher.decrypt(altered, aad, &error), qPrintable(QString::number(i)));
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(!cipher.decrypt(envelope.left(envelope.size() - 1), aad, &error));
    QVERIFY(!cipher.decrypt(envelope.left(5), aad, &error));
    QVERIFY(error.contains(QStringLiteral("truncated")));
    // Bound to its place: another row or column does not open it.
    QVERIFY(!cipher.decrypt(envelope, "applications.summary:other-row", &error));
    QVERIFY(error.contains(QStringLiteral("wrong key, or altered")));
    // And to its key.
    QByteArray otherKey = key;
    otherKey[0] = char(otherKey[0] ^ 1);
    QVERIFY(!Aes256GcmCipher(otherKey).decrypt(envelope, aad, &error));
    // An SM4 envelope (reserved header byte) is named, not misread.
    QByteArray sm4 = envelope;
    sm4[0] = char(CipherAlgorithm::Sm4Gcm);
    QVERIFY(!cipher.decrypt(sm4, aad, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown algorithm (0x02)")), qPrintable(error));
}

void TestKeyVault::keyRingSubkeysAreHkdfAndIndependent()
{
    const QByteArray dataKey = randomBytes(KeyRing::DataKeySize);
    const auto ring = KeyRing::fromDataKey(dataKey);
    QVERIFY(ring);
    QVERIFY(!KeyRing::fromDataKey(dataKey.left(16)));
    // RFC 5869 with an empty salt, computed here from HMAC alone: PRK = HMAC(0^32, IKM),
    // OKM = HMAC(PRK, info || 0x01) for one 32-byte block.
    const QByteArray prk = hmacSha256(QByteArray(32, '\0'), dataKey);
    QCOMPARE(ring->key(KeyRing::Purpose::Records),
             hmacSha256(prk, QByteArray("mtbdesk/records/v1") + '\x01'));
    QCOMPARE(ring->key(KeyRing::Purpose::Audit), hmacSha256(prk, QByteArray("mtbdesk/audit/v1") + '\x01'));
    const QList<KeyRing::Purpose> all{KeyRing::Purpose::Records, KeyRing::Purpose::Blobs,
                                      KeyRing::Purpose::BlobNames, KeyRing::Purpose::Audit};
    for (KeyRing::Purpose a : all) {
        QCOMPARE(ring->key(a).size(), 32);
        QVERIFY(ring->key(a) != dataKey);
        for (KeyRing::Purpose b : all)
            QCOMPARE(ring->key(a) == ring->key(b), a == b);
    }
    // A value sealed for records does not open as a blob.
    const QByteArray sealed = ring->cipher(KeyRing::Purpose::Records).encrypt("x", "a");
    QString error;
    QVERIFY(!ring->cipher(KeyRing::Purpose::Blobs).decrypt(sealed, "a", &error));
    // The documented test key is the one the tests and benchmarks share.
    QCOMPARE(KeyRing::forTesting()->key(KeyRing::Purpose::Records),
             KeyRing::fromDataKey(KeyRing::testingDataKey())->key(KeyRing::Purpose::Records));
}

void TestKeyVault::firstRunWithoutKeychainSetsPassphrase()
{
    test::TempDataDir dir;
    MemorySecretStore keychain;
    keychain.available = false;
    VaultUnlocker unlocker(dir.path(), &keychain);
    cheapKdf(unlocker);
    const auto first = unlocker.start();
    QCOMPARE(first.kind, VaultUnlocker::Outcome::Kind::NeedNewPassphrase);
    QVERIFY2(first.message.contains(QStringLiteral("no Secret Service")),
             qPrintable(first.message));                   // says why
    QVERIFY(!QFile::exists(KeyVault::pathIn(dir.path()))); // nothing written before the passphrase is chosen
    const auto created = unlocker.createWithPassphrase(kPassphrase);
    QCOMPARE(created.kind, VaultUnlocker::Outcome::Kind::Unlocked);
    QVERIFY(created.created);
    QVERIFY(created.keys);

    // The file holds no key in the clear: only the wrapped one and the scrypt settings.
    const QJsonObject vault =
        QJsonDocument::fromJson(test::readFileBytes(KeyVault::pathIn(dir.path()))).object();
    const QJsonObject slot =
        vault.value(QStringLiteral("slots")).toObject().value(QStringLiteral("passphrase")).toObject();
    QCOMPARE(slot.value(QStringLiteral("kdf")).toString(), QStringLiteral("scrypt"));
    QVERIFY(!vault.value(QStringLiteral("slots")).toObject().contains(QStringLiteral("keychain")));
    QVERIFY(!test::readFileBytes(KeyVault::pathIn(dir.path()))
                 .contains(created.keys->key(KeyRing::Purpose::Records)));

    VaultUnlocker again(dir.path(), &keychain);
    const auto next = again.start();
    QCOMPARE(next.kind, VaultUnlocker::Outcome::Kind::NeedPassphrase);
    const auto opened = again.unlockWithPassphrase(kPassphrase);
    QCOMPARE(opened.kind, VaultUnlocker::Outcome::Kind::Unlocked);
    QVERIFY(!opened.created);
    QCOMPARE(opened.keys->key(KeyRing::Purpose::Records), created.keys->key(KeyRing::Purpose::Records));
}

void TestKeyVault::wrongPassphraseSaysSoAndChangesNothing()
{
    test::TempDataDir dir;
    {
        VaultUnlocker setup(dir.path(), nullptr);
        cheapKdf(setup);
        QCOMPARE(setup.start().kind, VaultUnlocker::Outcome::Kind::NeedNewPassphrase);
        QCOMPARE(setup.createWithPassphrase(kPassphrase).kind, VaultUnlocker::Outcome::Kind::Unlocked);
    }
    writeSomeData(dir.path());
    const auto before = snapshot(dir.path());

    VaultUnlocker unlocker(dir.path(), nullptr);
    QCOMPARE(unlocker.start().kind, VaultUnlocker::Outcome::Kind::NeedPassphrase);
    for (const QString& wrong :
         QStringList{QStringLiteral("南充 site passphrase 2"), QString(), kPassphrase + u' '}) {
        const auto o = unlocker.unlockWithPassphrase(wrong);
        QCOMPARE(o.kind, VaultUnlocker::Outcome::Kind::NeedPassphrase); // ask again
        QVERIFY(!o.keys);
        QVERIFY2(o.message.contains(QStringLiteral("passphrase is wrong")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("Nothing was changed")), qPrintable(o.message));
    }
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(unlocker.unlockWithPassphrase(kPassphrase).kind, VaultUnlocker::Outcome::Kind::Unlocked);
    QCOMPARE(snapshot(dir.path()), before); // unlocking writes nothing either
}

void TestKeyVault::firstRunWithKeychainIsSilent()
{
    test::TempDataDir dir;
    MemorySecretStore keychain;
    VaultUnlocker unlocker(dir.path(), &keychain);
    const auto first = unlocker.start();
    QCOMPARE(first.kind, VaultUnlocker::Outcome::Kind::Unlocked);
    QVERIFY(first.created);
    QCOMPARE(keychain.entries.size(), 1);
    // The keychain holds a key-encryption key, not the data key or a subkey.
    const QByteArray kek = keychain.entries.begin().value();
    QCOMPARE(kek.size(), 32);
    QVERIFY(kek != first.keys->key(KeyRing::Purpose::Records));

    VaultUnlocker again(dir.path(), &keychain);
    const auto next = again.start();
    QCOMPARE(next.kind, VaultUnlocker::Outcome::Kind::Unlocked);
    QVERIFY(!next.created);
    QVERIFY(next.message.isEmpty());
    QCOMPARE(next.keys->key(KeyRing::Purpose::Blobs), first.keys->key(KeyRing::Purpose::Blobs));
}

void TestKeyVault::keychainEntryMissingOrWrongFallsBackToPassphrase()
{
    test::TempDataDir dir;
    MemorySecretStore keychain;
    std::shared_ptr<const KeyRing> keys;
    {
        VaultUnlocker setup(dir.path(), &keychain);
        cheapKdf(setup);
        keys = setup.start().keys;
        QVERIFY(keys);
        QString error;
        QVERIFY2(setup.setPassphrase(kPassphrase, &error), qPrintable(error)); // the site's recovery route
    }
    writeSomeData(dir.path());
    const auto before = snapshot(dir.path());
    const QString account = keychain.entries.begin().key();

    struct Case
    {
        const char* name;
        std::function<void()> breakIt;
        QString expected;
    };
    const QByteArray good = keychain.entries.value(account);
    const QList<Case> cases{
        {"wrong entry", [&] { keychain.entries[account] = randomBytes(32); },
         QStringLiteral("does not open")},
        {"missing entry", [&] { keychain.entries.remove(account); }, QStringLiteral("entry is missing")},
        {"no keychain", [&] { keychain.available = false; }, QStringLiteral("not available")},
    };
    for (const Case& c : cases) {
        keychain.entries[account] = good;
        keychain.available = true;
        c.breakIt();
        VaultUnlocker unlocker(dir.path(), &keychain);
        const auto o = unlocker.start();
        QVERIFY2(o.kind == VaultUnlocker::Outcome::Kind::NeedPassphrase, c.name);
        QVERIFY2(o.message.contains(c.expected), qPrintable(QString::fromLatin1(c.name) + u": " + o.message));
        QVERIFY2(o.message.contains(QStringLiteral("site passphrase")), qPrintable(o.message));
        QCOMPARE(unlocker.unlockWithPassphrase(QStringLiteral("wrong")).kind,
                 VaultUnlocker::Outcome::Kind::NeedPassphrase);
        const auto opened = unlocker.unlockWithPassphrase(kPassphrase);
        QCOMPARE(opened.kind, VaultUnlocker::Outcome::Kind::Unlocked);
        QCOMPARE(opened.keys->key(KeyRing::Purpose::Records), keys->key(KeyRing::Purpose::Records));
        QCOMPARE(snapshot(dir.path()), before);
    }
}

void TestKeyVault::keychainWithoutPassphraseFailsClearlyAndChangesNothing()
{
    test::TempDataDir dir;
    MemorySecretStore keychain;
    {
        VaultUnlocker setup(dir.path(), &keychain);
        QCOMPARE(setup.start().kind, VaultUnlocker::Outcome::Kind::Unlocked);
    }
    writeSomeData(dir.path());
    const auto before = snapshot(dir.path());
    const QString account = keychain.entries.begin().key();
    keychain.entries[account] = randomBytes(32);

    VaultUnlocker unlocker(dir.path(), &keychain);
    const auto o = unlocker.start();
    QCOMPARE(o.kind, VaultUnlocker::Outcome::Kind::Failed);
    QVERIFY(!o.keys);
    QVERIFY2(o.message.contains(QStringLiteral("keychain does not open")), qPrintable(o.message));
    QVERIFY2(o.message.contains(QStringLiteral("Nothing was changed")), qPrintable(o.message));
    QCOMPARE(unlocker.unlockWithPassphrase(kPassphrase).kind, VaultUnlocker::Outcome::Kind::Failed);
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(keychain.entries.size(), 1); // the keychain entry is not "repaired" either
}

void TestKeyVault::missingVaultNextToEncryptedDataIsRefused()
{
    test::TempDataDir dir;
    writeSomeData(dir.path());
    const auto before = snapshot(dir.path());
    MemorySecretStore keychain;
    VaultUnlocker unlocker(dir.path(), &keychain);
    unlocker.setEncryptedDataProbe([] { return true; });
    const auto o = unlocker.start();
    QCOMPARE(o.kind, VaultUnlocker::Outcome::Kind::Failed);
    QVERIFY2(o.message.contains(QStringLiteral("keyvault.json is missing")), qPrintable(o.message));
    QCOMPARE(unlocker.createWithPassphrase(kPassphrase).kind, VaultUnlocker::Outcome::Kind::Failed);
    QCOMPARE(snapshot(dir.path()), before); // no new vault over the old data
    QVERIFY(keychain.entries.isEmpty());
}

void TestKeyVault::changingThePassphraseOnlyRewraps()
{
    test::TempDataDir dir;
    std::shared_ptr<const KeyRing> keys;
    {
        VaultUnlocker setup(dir.path(), nullptr);
        cheapKdf(setup);
        setup.start();
        keys = setup.createWithPassphrase(kPassphrase).keys;
        QVERIFY(keys);
    }
    writeSomeData(dir.path());
    auto before = snapshot(dir.path());
    {
        VaultUnlocker unlocker(dir.path(), nullptr);
        cheapKdf(unlocker);
        unlocker.start();
        QString error;
        QVERIFY(!unlocker.setPassphrase(QStringLiteral("new one, please"), &error)); // not before unlocking
        QVERIFY(unlocker.unlockWithPassphrase(kPassphrase).keys);
        QVERIFY2(unlocker.setPassphrase(QStringLiteral("new one, please"), &error), qPrintable(error));
    }
    // Only the vault file changed; the data did not.
    auto after = snapshot(dir.path());
    QVERIFY(after.value(QStringLiteral("keyvault.json")) != before.value(QStringLiteral("keyvault.json")));
    after.remove(QStringLiteral("keyvault.json"));
    before.remove(QStringLiteral("keyvault.json"));
    QCOMPARE(after, before);

    VaultUnlocker unlocker(dir.path(), nullptr);
    unlocker.start();
    QCOMPARE(unlocker.unlockWithPassphrase(kPassphrase).kind, VaultUnlocker::Outcome::Kind::NeedPassphrase);
    const auto opened = unlocker.unlockWithPassphrase(QStringLiteral("new one, please"));
    QCOMPARE(opened.kind, VaultUnlocker::Outcome::Kind::Unlocked);
    QCOMPARE(opened.keys->key(KeyRing::Purpose::Records),
             keys->key(KeyRing::Purpose::Records)); // same data key
}

void TestKeyVault::damagedVaultFileIsReportedNotReplaced()
{
    test::TempDataDir dir;
    {
        VaultUnlocker setup(dir.path(), nullptr);
        cheapKdf(setup);
        setup.start();
        QVERIFY(setup.createWithPassphrase(kPassphrase).keys);
    }
    const QString path = KeyVault::pathIn(dir.path());
    // The wrapped key altered: it reads as a wrong passphrase, never as a different key.
    QJsonObject vault = QJsonDocument::fromJson(test::readFileBytes(path)).object();
    QJsonObject slotTable = vault.value(QStringLiteral("slots")).toObject();
    QJsonObject slot = slotTable.value(QStringLiteral("passphrase")).toObject();
    QByteArray wrapped = QByteArray::fromBase64(slot.value(QStringLiteral("wrapped")).toString().toLatin1());
    wrapped[20] = char(wrapped[20] ^ 0x01);
    slot.insert(QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64()));
    slotTable.insert(QStringLiteral("passphrase"), slot);
    vault.insert(QStringLiteral("slots"), slotTable);
    QVERIFY(test::writeFileBytes(path, QJsonDocument(vault).toJson()));
    const QByteArray altered = test::readFileBytes(path);
    {
        VaultUnlocker unlocker(dir.path(), nullptr);
        QCOMPARE(unlocker.start().kind, VaultUnlocker::Outcome::Kind::NeedPassphrase);
        QVERIFY(!unlocker.unlockWithPassphrase(kPassphrase).keys);
    }
    QCOMPARE(test::readFileBytes(path), altered);

    // Not JSON at all: named, and left for IT support to restore.
    QVERIFY(test::writeFileBytes(path, "{ half a file"));
    VaultUnlocker unlocker(dir.path(), nullptr);
    const auto o = unlocker.start();
    QCOMPARE(o.kind, VaultUnlocker::Outcome::Kind::Failed);
    QVERIFY2(o.message.contains(QStringLiteral("damaged")) &&
                 o.message.contains(QStringLiteral("keyvault.json")),
             qPrintable(o.message));
    QCOMPARE(test::readFileBytes(path), QByteArray("{ half a file"));
}

void TestKeyVault::kdfParametersAreBounded()
{
    PassphraseKdf k = PassphraseKdf::forTesting();
    QString error;
    QVERIFY(PassphraseKdf::fromJson(k.toJson(), &error));
    QJsonObject huge = k.toJson();
    huge.insert(QStringLiteral("n"), double(1ull << 30)); // gigabytes and minutes per try
    QVERIFY(!PassphraseKdf::fromJson(huge, &error));
    QJsonObject weak = k.toJson();
    weak.insert(QStringLiteral("n"), 2.0);
    QVERIFY(!PassphraseKdf::fromJson(weak, &error));
    QJsonObject notPower = k.toJson();
    notPower.insert(QStringLiteral("n"), 3000.0);
    QVERIFY(!PassphraseKdf::fromJson(notPower, &error));
    QJsonObject noSalt = k.toJson();
    noSalt.insert(QStringLiteral("salt"), QString());
    QVERIFY(!PassphraseKdf::fromJson(noSalt, &error));
    // Same passphrase, same salt: same key; another salt: another key.
    const auto a = k.derive(kPassphrase, &error);
    const auto b = k.derive(kPassphrase, &error);
    const auto c = PassphraseKdf::forTesting().derive(kPassphrase, &error);
    QVERIFY(a && b && c);
    QCOMPARE(*a, *b);
    QVERIFY(*a != *c);
}

QTEST_GUILESS_MAIN(TestKeyVault)
#include "test_key_vault.moc"
