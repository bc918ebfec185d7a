#pragma once

namespace mtb::sim {

class Router;
struct SimContext;

// Resumable, content-addressed page uploads: POST /uploads, PUT /uploads/{id}?offset=N,
// GET /uploads/{id}, HEAD /blobs/{sha256} (docs/api.md "Pages").
struct UploadRoutes
{
    static void install(Router& router, SimContext& context);
};

} // namespace mtb::sim
