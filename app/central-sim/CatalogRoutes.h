#pragma once

namespace mtb::sim {

class Router;
struct SimContext;

// GET /catalog with a strong ETag and 304 on If-None-Match (docs/api.md "Catalogue").
struct CatalogRoutes
{
    static void install(Router& router, SimContext& context);
};

} // namespace mtb::sim
