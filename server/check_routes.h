// POST /v1/check and POST /v1/batch: request bodies to documents, documents
// to the check pool, results to the record of `verity check --json`.
#ifndef VERITY_SERVER_CHECK_ROUTES_H_
#define VERITY_SERVER_CHECK_ROUTES_H_

#include <httplib.h>

#include "verity/check.h"
#include "verity/check_pool.h"
#include "verity/server/server.h"

namespace verity::server {

// What the routes share; everything must outlive the server.
struct CheckService {
  const Checker* checker;
  CheckPool* pool;
  const ServerOptions* options;
};

void add_check_routes(httplib::Server& http, const CheckService& service);

}  // namespace verity::server

#endif  // VERITY_SERVER_CHECK_ROUTES_H_
