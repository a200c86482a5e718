#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the repository's test data:
#   fuzz/seed.sh            # then: cargo +nightly fuzz run <target> fuzz/corpus/<target>
# The corpora are generated, not committed (fuzz/.gitignore).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
mkdir -p "$corpus"/{terraform,manifests,terraform_plan,metadata,suppression}
copy() { # copy <target> <files...>: each file under a name made from its path
  local target=$1; shift
  for file in "$@"; do cp "$file" "$corpus/$target/$(echo "$file" | tr '/' '_')"; done
}
copy terraform $(find testdata -name '*.tf' -size -64k)
copy manifests $(find testdata -name '*.yaml' -size -64k -o -name '*.yml' -size -64k)
copy terraform_plan $(grep -rl '"planned_values"' testdata --include='*.json')
copy metadata $(find policies -name '*.rego' ! -name '*_test.rego' | head -300)
grep -rhoE 'srm-lint:ignore[^"]*("[^"]*")?[^\n]*' testdata tests 2>/dev/null | sort -u | head -200 |
  while IFS= read -r line; do printf '%s' "$line" > "$corpus/suppression/$(printf '%s' "$line" | md5sum | cut -c1-16)"; done
# The regression inputs are seeds too.
for target in terraform manifests terraform_plan metadata suppression; do
  [ -d "fuzz/regressions/$target" ] && cp fuzz/regressions/"$target"/* "$corpus/$target/" 2>/dev/null || true
done
for target in terraform manifests terraform_plan metadata suppression; do
  echo "$target: $(ls "$corpus/$target" | wc -l) seeds"
done
