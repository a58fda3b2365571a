// Node >= 20 has fetch() but cannot fetch a file path: read the .wasm beside the glue instead.
// Bracket notation survives minification; no import.meta/require here (see shared toolchain notes).
if (typeof process == 'object' && typeof process['versions'] == 'object' &&
    typeof process['versions']['node'] == 'string' && !Module['wasmBinary'])
  Module['wasmBinary'] = process['getBuiltinModule']
    ? process['getBuiltinModule']('fs')['readFileSync'](new URL(_scriptDir.replace(/\.m?js$/, '.wasm')))
    : undefined;
