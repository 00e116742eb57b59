// _verity: the compiled half of the `verity` Python package. It hands JSON
// strings (the CLI's records) to verity/__init__.py, which turns them into
// dicts and carries the documented API; every long call releases the GIL.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cctype>
#include <cmath>
#include <span>

#include "bound_model.h"
#include "verity/metrics.h"

namespace py = pybind11;
using verity::python::ArticleArgs;
using verity::python::BoundModel;
using verity::python::RecordOptions;
using verity::python::StatusError;

namespace {

// verity.VerityError, made once when the module is imported (and never freed:
// the translator below may run until the interpreter exits).
PyObject* verity_error = nullptr;

// The status code's name as an identifier: "not found" -> "not_found",
// "I/O error" -> "io_error".
std::string code_identifier(verity::StatusCode code) {
  std::string out;
  for (const char* c = verity::status_code_name(code); *c != '\0'; ++c) {
    if (*c == '/') continue;
    out += *c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
  }
  return out;
}

void translate_status_error(std::exception_ptr thrown) {
  try {
    if (thrown) std::rethrow_exception(thrown);
  } catch (const StatusError& error) {
    py::object instance = py::reinterpret_borrow<py::object>(verity_error)(error.what());
    instance.attr("code") = code_identifier(error.status().code());
    PyErr_SetObject(verity_error, instance.ptr());
  }
}

ArticleArgs article_args(std::optional<std::string> text, std::optional<std::string> html,
                         std::optional<std::string> title, std::optional<std::string> url,
                         std::optional<std::string> id) {
  return {std::move(text), std::move(html), std::move(title), std::move(url), std::move(id)};
}

py::object number_or_none(double value) {
  return std::isnan(value) ? py::none() : py::object(py::float_(value));
}

// The same fields as one entry of `verity eval --json`.
py::dict metrics_dict(const verity::BinaryMetrics& m) {
  py::dict confusion;
  confusion["true_fake"] = m.confusion.true_positives;
  confusion["false_fake"] = m.confusion.false_positives;
  confusion["true_real"] = m.confusion.true_negatives;
  confusion["false_real"] = m.confusion.false_negatives;
  py::dict out;
  out["count"] = m.count;
  out["fake"] = m.positives;
  out["threshold"] = m.threshold;
  out["roc_auc"] = number_or_none(m.roc_auc);
  out["pr_auc"] = number_or_none(m.pr_auc);
  out["accuracy"] = number_or_none(m.accuracy);
  out["macro_f1"] = number_or_none(m.macro_f1);
  out["brier"] = number_or_none(m.brier);
  out["ece"] = number_or_none(m.ece);
  out["confusion"] = confusion;
  return out;
}

void check_lengths(const std::vector<double>& probabilities, const std::vector<int>& labels) {
  if (probabilities.size() != labels.size()) {
    throw StatusError(verity::Status(verity::StatusCode::kInvalidArgument,
                                     std::to_string(probabilities.size()) + " probabilities but " +
                                         std::to_string(labels.size()) + " labels"));
  }
}

// BoundModel: a model (with its optional store and combiner) and the checks.
void bind_model(py::module_& m) {
  py::class_<BoundModel, std::shared_ptr<BoundModel>>(m, "BoundModel")
      .def(py::init<const std::string&, const std::string&, const std::string&>(), py::arg("path"),
           py::arg("store"), py::arg("combiner"), py::call_guard<py::gil_scoped_release>())
      .def_property_readonly("path", &BoundModel::path)
      .def_property_readonly("store", &BoundModel::store)
      .def_property_readonly("combiner", &BoundModel::combiner)
      .def("info",
           [](const BoundModel& model) {
             const verity::ModelInfo& info = model.info();
             py::dict out;
             out["format_version"] = info.format_version;
             out["trained_on"] = info.trained_on;
             out["seed"] = info.seed;
             out["threshold"] = info.threshold;
             out["uncertain_low"] = info.uncertain_low;
             out["satire_threshold"] = info.satire_threshold;
             out["has_satire_head"] = info.has_satire_head;
             out["dimension"] = info.dimension;
             return out;
           })
      .def(
          "check",
          [](const BoundModel& model, std::optional<std::string> text,
             std::optional<std::string> html, std::optional<std::string> title,
             std::optional<std::string> url, std::optional<std::string> id, bool explain,
             bool with_body) {
            const ArticleArgs args = article_args(std::move(text), std::move(html),
                                                  std::move(title), std::move(url), std::move(id));
            std::string record;
            {
              py::gil_scoped_release release;
              record = model.check(args, RecordOptions{explain, with_body});
            }
            return record;
          },
          py::arg("text"), py::arg("html"), py::arg("title"), py::arg("url"), py::arg("id"),
          py::arg("explain"), py::arg("with_body"))
      .def(
          "check_jsonl",
          [](const BoundModel& model, std::string jsonl, unsigned threads, bool explain,
             bool with_body) {
            py::gil_scoped_release release;
            return model.check_jsonl(std::move(jsonl), threads, RecordOptions{explain, with_body});
          },
          py::arg("jsonl"), py::arg("threads"), py::arg("explain"), py::arg("with_body"));
}

void bind_extract(py::module_& m) {
  m.def(
      "extract",
      [](std::optional<std::string> text, std::optional<std::string> html,
         std::optional<std::string> title, std::optional<std::string> url,
         std::optional<std::string> id) {
        const ArticleArgs args = article_args(std::move(text), std::move(html), std::move(title),
                                              std::move(url), std::move(id));
        py::gil_scoped_release release;
        return verity::python::extract_to_json(args);
      },
      py::arg("text"), py::arg("html"), py::arg("title"), py::arg("url"), py::arg("id"));
}

// Metrics over probabilities and labels, as `verity eval` computes them.
void bind_metrics(py::module_& m) {
  m.def(
      "evaluate",
      [](const std::vector<double>& probabilities, const std::vector<int>& labels, double threshold,
         int bins) {
        check_lengths(probabilities, labels);
        return metrics_dict(verity::evaluate_binary(probabilities, labels, threshold, bins));
      },
      py::arg("probabilities"), py::arg("labels"), py::arg("threshold"), py::arg("bins"));
  m.def(
      "roc_curve",
      [](const std::vector<double>& probabilities, const std::vector<int>& labels) {
        check_lengths(probabilities, labels);
        py::list out;
        for (const verity::RocPoint& point : verity::roc_curve(probabilities, labels))
          out.append(
              py::make_tuple(point.false_positive_rate, point.true_positive_rate, point.threshold));
        return out;
      },
      py::arg("probabilities"), py::arg("labels"));
  m.def(
      "reliability_bins",
      [](const std::vector<double>& probabilities, const std::vector<int>& labels, int bins) {
        check_lengths(probabilities, labels);
        py::list out;
        for (const verity::ReliabilityBin& bin :
             verity::reliability_bins(probabilities, labels, bins))
          out.append(py::make_tuple(bin.mean_probability, bin.observed_rate, bin.count));
        return out;
      },
      py::arg("probabilities"), py::arg("labels"), py::arg("bins"));
}

}  // namespace

PYBIND11_MODULE(_verity, m) {
  m.doc() = "verity's compiled core; use the `verity` package, not this module.";
  verity_error = PyErr_NewExceptionWithDoc(
      "verity.VerityError",
      "An input or model verity cannot use; str() is verity's message and .code the "
      "status code's name (not_found, corrupt, malformed, unreadable, ...).",
      PyExc_ValueError, nullptr);
  m.attr("VerityError") = py::handle(verity_error);
  py::register_exception_translator(&translate_status_error);

  m.def("default_model_path", &verity::Model::default_path);

  bind_model(m);
  bind_extract(m);
  bind_metrics(m);
}
