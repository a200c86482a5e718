#!/usr/bin/env bash
# Runs srm-lint on the hostile and careless inputs of the hardening issue and prints one line per case:
# wall time, peak memory, exit code and what was reported (errors/warnings/findings counts and a hint).
#   scripts/hostile_cases.sh target/release/srm-lint   # the cases are made under /tmp/srm-lint-hostile (outside any repository)
# Each run is capped at 4 GiB of address space and 120 s, so a binary without budgets cannot take the machine down.
set -uo pipefail
binary=$(realpath "${1:?usage: hostile_cases.sh BINARY}")
root=$(realpath -m "${2:-/tmp/srm-lint-hostile}")
rm -rf "$root" && mkdir -p "$root" && cd "$root" || exit 2
good='resource "aws_s3_bucket" "good" {
  bucket = "good"
  acl    = "public-read"
}'
case_dir() { mkdir -p "$1/good" && printf '%s\n' "$good" > "$1/good/main.tf"; }

case_dir nested-for && printf 'locals {\n  x = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : "${a}-${b}-${c}"]]]\n}\nresource "aws_s3_bucket" "b" {\n  bucket = length(local.x)\n}\n' > nested-for/main.tf
case_dir flatten && printf 'locals {\n  p = flatten([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]])\n}\n' > flatten/main.tf
case_dir doubling && python3 -c "
s='locals {\n  l0 = \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n'
for i in range(1,60): s+=f'  l{i} = \"\${{local.l{i-1}}}\${{local.l{i-1}}}\"\n'
s+='  f = format(\"%s%s\", local.l59, local.l59)\n  j = join(\"\", [local.l59, local.l59])\n}\nresource \"aws_s3_bucket\" \"d\" {\n  bucket = local.l59\n}\n'
open('doubling/main.tf','w').write(s)"
case_dir yaml-string-alias && python3 -c "
s='apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: &s \"' + 'x'*10000 + '\"\n  b: [' + ', '.join(['*s']*100000) + ']\n'
open('yaml-string-alias/bomb.yaml','w').write(s)"
case_dir yaml-merge && python3 -c "
s='apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  l0: &l0 {a: \"' + 'y'*1000 + '\"}\n'
for i in range(1,40): s+=f'  l{i}: &l{i} {{<<: [*l{i-1}, *l{i-1}], k: [*l{i-1}, *l{i-1}]}}\n'
open('yaml-merge/merge.yaml','w').write(s)"
case_dir count-3x10000 && cat > count-3x10000/main.tf <<'TF'
resource "aws_s3_bucket" "b" {
  count  = 10000
  bucket = "bucket-${count.index}"
}
resource "aws_s3_bucket_versioning" "v" {
  count  = 10000
  bucket = aws_s3_bucket.b[count.index].id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "e" {
  count  = 10000
  bucket = aws_s3_bucket.b[count.index].id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
TF
case_dir count-20000 && printf 'resource "aws_s3_bucket" "m" {\n  count  = 20000\n  bucket = "m"\n}\n' > count-20000/main.tf
case_dir duplicate && printf 'resource "aws_s3_bucket" "b" {\n  acl = "private"\n}\n' > duplicate/a.tf && printf 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n' > duplicate/b.tf
case_dir select-typo && printf 'select = ["SRM-AWS-S3-0002"]\n' > select-typo/srm-lint.toml
case_dir injection && printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "x\\n::error file=README.md,line=1::INJECTED\\e[31m"\nspec:\n  containers:\n    - name: c\n      image: nginx\n' > injection/pod.yaml
case_dir outside && mkdir -p outside-target && printf '%s\n' "$good" > outside-target/main.tf && printf 'module "up" {\n  source = "../outside-target"\n}\n' > outside/main.tf

run() { # run NAME DIR ARGS...
  local name=$1 dir=$2; shift 2
  local out
  out=$( cd "$dir" && ulimit -v 4194304 && /usr/bin/time -f "%e %M" timeout 120 "$binary" --format json "$@" 2>/tmp/hostile-stderr.$$ >/tmp/hostile-out.$$; echo "exit=$?" )
  local times; times=$(tail -n 1 /tmp/hostile-stderr.$$)
  local summary
  summary=$(python3 - "$name" <<PY 2>/dev/null || echo "no JSON report: $(grep -v '^[0-9.]* [0-9]*$' /tmp/hostile-stderr.$$ | head -c 160 | tr '\n' ' ')"
import json, sys
r = json.load(open('/tmp/hostile-out.$$'))
hint = (r['errors'] + r['warnings'])[:1]
print(f"findings={len(r['findings'])} errors={len(r['errors'])} warnings={len(r['warnings'])} {hint[0]['message'][:110] if hint else ''}")
PY
)
  printf '%-18s %7ss %8s KB %-7s %s\n' "$name" "${times% *}" "${times#* }" "${out##*=}" "$summary"
  rm -f /tmp/hostile-out.$$ /tmp/hostile-stderr.$$
}
printf '%-18s %8s %11s %-7s %s\n' case wall peak exit reported
for name in nested-for flatten doubling yaml-string-alias yaml-merge count-3x10000 count-20000 duplicate select-typo outside; do
  run "$name" "$name" --no-config .
done
run select-typo-cfg select-typo .
mkfifo fifo.tf 2>/dev/null; run fifo . --no-config fifo.tf
printf 'x\n' > README.md; run readme . --no-config README.md
