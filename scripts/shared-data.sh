# Sourced by the scripts that read ../shared/data.
#
#   require_shared_data NAME CONSEQUENCE FILE...
#     exits 3, naming each FILE missing under $data, when any is missing
#     (NAME prefixes the messages; CONSEQUENCE says what that means).
require_shared_data() {
  local name="$1" consequence="$2" file
  shift 2
  local missing=()
  for file in "$@"; do
    [[ -f "$data/$file" ]] || missing+=("$data/$file")
  done
  if ((${#missing[@]} > 0)); then
    echo "$name: the shared data is missing:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "$name: put it under ../shared/data or set VERITY_DATA; $consequence" >&2
    exit 3
  fi
}
