#pragma once

namespace mtb::sim {

class Router;
struct SimContext;

// POST /auth/login and POST /auth/refresh (docs/api.md "Authentication").
struct AuthRoutes
{
    static void install(Router& router, SimContext& context);
};

} // namespace mtb::sim
