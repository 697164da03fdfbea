// Validates a .glb with the Khronos glTF validator (npm gltf-validator) and prints the counts of
// its report as JSON: {"errors", "warnings", "infos", "messages": [first ten issues]}.
// Usage: node validate_gltf.js MODULE_DIR FILE.glb
const path = require('path');
const fs = require('fs');
const validator = require(path.resolve(process.argv[2]));
const bytes = new Uint8Array(fs.readFileSync(process.argv[3]));
validator.validateBytes(bytes, { maxIssues: 100 }).then((report) => {
  const issues = report.issues;
  console.log(JSON.stringify({
    errors: issues.numErrors,
    warnings: issues.numWarnings,
    infos: issues.numInfos,
    messages: issues.messages.slice(0, 10).map((m) => `${m.severity} ${m.code} ${m.pointer || ''}: ${m.message}`),
  }));
}, (error) => {
  console.log(JSON.stringify({ errors: -1, messages: [String(error)] }));
});
