# Shared by the scripts in this folder (source it, don't run it): where the
# repository is, and a PATH on which the tools scripts/setup installs are found.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# `cargo install` puts binaries in $CARGO_INSTALL_ROOT/bin when that is set,
# otherwise in $CARGO_HOME/bin. node_modules/.bin has binaryen's wasm-opt,
# which Trunk finds on PATH (Debian's wasm-opt is too old).
if [[ -n "${CARGO_INSTALL_ROOT:-}" ]]; then
  CARGO_BIN="$CARGO_INSTALL_ROOT/bin"
else
  CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
fi
export CARGO_BIN
case ":$PATH:" in
  *":$CARGO_BIN:"*) ;;
  *) PATH="$CARGO_BIN:$PATH" ;;
esac
case ":$PATH:" in
  *":$ROOT/node_modules/.bin:"*) ;;
  *) PATH="$ROOT/node_modules/.bin:$PATH" ;;
esac
export PATH

# Build logs and test reports; inside the (ignored) cargo target directory.
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
LOG_DIR="$TARGET_DIR/andamal-logs"
export TARGET_DIR LOG_DIR

# The wasm-bindgen version the app is built with, read from Cargo.lock.
# wasm-bindgen-cli must match it exactly.
wasm_bindgen_version() {
  awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$ROOT/Cargo.lock"
}

# The Trunk release everything is tested with.
TRUNK_VERSION="0.21.14"
# Trunk.toml's wasm_opt = "version_132"; package.json pins binaryen to match.
WASM_OPT_VERSION="version_132"

# A visible heading in the log, with the seconds since the script started.
section() {
  printf '\n==> %s (at %d s)\n' "$*" "$SECONDS"
}
