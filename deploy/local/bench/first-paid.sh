#!/usr/bin/env bash
# Measures the README run command: time from the command to the first PAID order, the resident
# memory of every process once that order is PAID, and whether Ctrl-C leaves any process behind.
#   deploy/local/bench/first-paid.sh [run.sh options, for example --data DIR --port-offset N]
# Run it twice with the same --data for the cold and the warm figure.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
output=$(mktemp)
trap 'rm -f "$output"' EXIT

set -m # the stack gets a process group of its own, as in a terminal
start=$(date +%s.%N)
"$root/deploy/local/run.sh" "$@" >"$output" 2>&1 &
group=$!

until grep -q "is PAID" "$output"; do
  if ! kill -0 "$group" 2>/dev/null; then
    cat "$output"
    echo "The stack stopped before an order was PAID" >&2
    exit 1
  fi
  sleep 0.2
done
paid=$(date +%s.%N)
sleep 5 # let the services settle after the demo before reading their memory

awk -v s="$start" -v p="$paid" 'BEGIN {printf "Time from the command to the first PAID order: %.1f s\n", p - s}'
grep -E "^Ready in|First PAID" "$output"
# Prints "pid rss args" for the launcher and its descendants. PostgreSQL's children leave the
# process group, so the tree is followed by parent id.
stack_tree() {
  ps -eo pid=,ppid=,rss=,args= | awk -v root="$group" '
    { pid[NR] = $1; parent[NR] = $2; line[NR] = $0 }
    END {
      tree[root] = 1
      for (grown = 1; grown;) {
        grown = 0
        for (i = 1; i <= NR; i++) {
          if (!(pid[i] in tree) && (parent[i] in tree)) { tree[pid[i]] = 1; grown = 1 }
        }
      }
      for (i = 1; i <= NR; i++) if (pid[i] in tree) { sub(/^ *[0-9]+ +[0-9]+ +/, "", line[i]); print pid[i], line[i] }
    }'
}

echo "Resident memory (RSS) per process after the demo payment:"
tree=$(stack_tree)
echo "$tree" | awk '
  { pid = $1; rss = $2; $1 = $2 = ""; args = $0 }
  args ~ /^ *(sh -c|cat)/ { next }
  {
    name = args ~ /LocalStack/ ? "launcher" \
      : args ~ /kafka\.Kafka/ ? "Kafka broker" \
      : args ~ /runner\.jar/ ? "wechatpay-simulator" \
      : args ~ /postgres/ ? "PostgreSQL, all processes" \
      : match(args, /[a-z]+-service\/target/) ? substr(args, RSTART, RLENGTH - 7) : "other"
    sum[name] += rss; total += rss
  }
  END {
    for (name in sum) printf "  %-26s %5d MiB\n", name, sum[name] / 1024
    printf "  %-26s %5d MiB\n", "total", total / 1024
  }' | sort

kill -INT -- "-$group" # what Ctrl-C in a terminal sends
wait "$group" || true
sleep 2
left=""
for pid in $(echo "$tree" | awk '{print $1}'); do
  if kill -0 "$pid" 2>/dev/null; then
    left="$left $pid"
  fi
done
if [ -n "$left" ]; then
  echo "Left running after Ctrl-C:$left"
  exit 1
fi
echo "Ctrl-C left no process running"
