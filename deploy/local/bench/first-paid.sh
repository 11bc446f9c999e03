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
echo "Resident memory (RSS) per process after the demo payment:"
ps -o rss=,args= -g "$group" | while read -r rss cmd; do
  case "$cmd" in
    *LocalStack*) name="launcher" ;;
    *kafka.Kafka*) name="Kafka broker" ;;
    *runner.jar*) name="wechatpay-simulator" ;;
    *quarkus-run.jar*) name=$(echo "$cmd" | sed -E 's|.*/([a-z-]+-service)/target/.*|\1|') ;;
    *"postgres: "*) name="PostgreSQL backend" ;;
    */bin/postgres*) name="PostgreSQL postmaster" ;;
    *) continue ;;
  esac
  printf "  %-24s %6d MiB\n" "$name" $((rss / 1024))
done
total=$(ps -o rss= -g "$group" | awk '{sum += $1} END {print int(sum / 1024)}')
echo "  total of the process group  $total MiB"

kill -INT -- "-$group" # what Ctrl-C in a terminal sends
wait "$group" || true
sleep 2
left=$(ps -o pid=,args= -g "$group" || true)
if [ -n "$left" ]; then
  echo "Left running after Ctrl-C:"
  echo "$left"
  exit 1
fi
echo "Ctrl-C left no process running"
