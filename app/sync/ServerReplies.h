#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace mtb {

// The central service's answers read into plain structs, every field checked and bounded, so that a
// broken or hostile answer (a compromised server, a proxy) cannot make the client loop, address
// something else, or store nonsense. Fuzzed with the rest of the reply parsing by
// tests/fuzz/fuzz_server_reply.cpp (docs/hardening.md).

// POST /uploads, PUT /uploads/{id}, GET /uploads/{id}, and the details of 409 offset_mismatch
// (docs/api.md "Pages").
struct UploadAnswer
{
    QString uploadId;             // empty unless 1..128 characters of [A-Za-z0-9._~-] (it goes into a URL path)
    std::optional<qint64> offset; // only when within [0, size]
    bool complete = false;
    qint64 chunkBytes = 0;        // 0 unless within [1, kMaxChunkBytes]

    static constexpr qint64 kMaxChunkBytes = 64LL * 1024 * 1024;
    static UploadAnswer read(const QJsonObject& json, qint64 size);
};

// One page of GET /changes (docs/api.md "Status and changes").
struct ChangeFeedPage
{
    struct Change
    {
        QUuid clientUuid;
        QString status;
        QString opinion;
        QString applicationNumber; // empty when not given
    };
    QList<Change> changes; // entries without a valid client_uuid or a status are left out
    qsizetype received = 0; // entries in the answer, valid or not (0: the feed is exhausted)
    QString nextCursor;    // empty when not given

    static ChangeFeedPage read(const QJsonObject& json);
};

} // namespace mtb
