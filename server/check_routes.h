// POST /v1/check and POST /v1/batch: request bodies to documents, documents
// to the check pool, results to the record of `verity check --json`.
#ifndef VERITY_SERVER_CHECK_ROUTES_H_
#define VERITY_SERVER_CHECK_ROUTES_H_

#include <httplib.h>

#include "server/check_pool.h"
#include "verity/model.h"
#include "verity/server.h"

namespace verity::server {

// What the routes share; everything must outlive the server.
struct CheckService {
  const Model* model;
  CheckPool* pool;
  const ServerOptions* options;
};

void add_check_routes(httplib::Server& http, const CheckService& service);

}  // namespace verity::server

#endif  // VERITY_SERVER_CHECK_ROUTES_H_
