#!/usr/bin/env bash
# Runs a command, samples the resident memory of its processes every two seconds, and prints the
# elapsed time and the peak RSS per kind of process (Maven, test JVMs, Kafka, PostgreSQL, ...).
#   deploy/local/bench/peak-rss.sh COMMAND [ARGS...]
set -euo pipefail

samples=$(mktemp)
trap 'rm -f "$samples"' EXIT

# Sets kind to the kind of process running the command line $1, and fails for other processes.
kind_of() {
  case "$1" in
    *surefirebooter*) kind="test JVM (surefire/failsafe)" ;;
    *kafka.Kafka*) kind="Kafka broker" ;;
    */bin/postgres*) kind="PostgreSQL (one process)" ;;
    *wechatpay-simulator*runner.jar*) kind="wechatpay-simulator" ;;
    *order-service*quarkus-run.jar*) kind="order-service" ;;
    *prepay-service*quarkus-run.jar*) kind="prepay-service" ;;
    *notify-service*quarkus-run.jar*) kind="notify-service" ;;
    *query-service*quarkus-run.jar*) kind="query-service" ;;
    *LocalStack*) kind="local stack launcher" ;;
    *plexus-classworlds*) kind="Maven" ;;
    *) return 1 ;;
  esac
}

# Appends "kind|pid|peak RSS in KiB" for every matching process of the command's process group.
sample() {
  ps -eo pid=,pgid=,args= | while read -r pid group cmd; do
    [ "$group" = "$command_pid" ] && kind_of "$cmd" || continue
    while read -r key value _; do
      [ "$key" = "VmHWM:" ] && echo "$kind|$pid|$value"
    done <"/proc/$pid/status" 2>/dev/null || true
  done >>"$samples"
}

start=$(date +%s)
# Job control gives the command a process group of its own, which separates its processes from
# others on the machine, and leaves SIGINT handling to the command as in a terminal.
set -m
"$@" &
command_pid=$!
trap 'kill -TERM -- "-$command_pid" 2>/dev/null' INT TERM
while kill -0 "$command_pid" 2>/dev/null; do
  sample
  sleep 2
done
set +e
wait "$command_pid"
status=$?
set -e

echo
echo "Command: $*"
echo "Exit status: $status; elapsed: $(($(date +%s) - start)) s"
echo "Peak RSS (VmHWM) per kind of process, largest single process:"
sort -t'|' -k1,1 -k3,3n "$samples" |
  awk -F'|' '{peak[$1] = ($3 > peak[$1] ? $3 : peak[$1])}
    END {for (k in peak) printf "  %-30s %6d MiB\n", k, peak[k] / 1024}' | sort
exit "$status"
