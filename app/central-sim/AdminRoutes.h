#pragma once

namespace mtb::sim {

class Router;
struct SimContext;

// Reference-service administration (X-Admin-Token): review transitions, fault switches, statistics.
struct AdminRoutes
{
    static void install(Router& router, SimContext& context);
};

} // namespace mtb::sim
