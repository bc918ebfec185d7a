#pragma once

namespace mtb::sim {

class Router;
struct SimContext;

// POST /applications, GET /applications/{appl_no}, GET /changes and
// POST /applications/{appl_no}/resubmissions (docs/api.md), with the idempotency rules:
// same key + same canonical body = the original answer again, different body = 409.
struct ApplicationRoutes
{
    static void install(Router& router, SimContext& context);
};

} // namespace mtb::sim
