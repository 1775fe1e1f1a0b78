#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and proves the restored record.
#
#   PGHOST=... PGPORT=5432 PGUSER=shouhu PGDATABASE=shouhu_restored \
#     ops/backup/restore.sh shouhu-2026-11-29.dump [--expect-checkpoint=<hash>] \
#       --shouhu.privacy.master-key-file=/etc/shouhu/master.key \
#       --shouhu.integrity.signing-key-file=/etc/shouhu/checkpoint-signing.key
#
# 1. pg_restore into the empty database named by libpq's environment, all or nothing;
# 2. Shouhu's verifier on the restored database: every hash chain, every signed checkpoint
#    (its Merkle root computed again over the restored events) and every attachment, and the
#    checkpoint printed before the backup (from <dump>.checkpoint, or --expect-checkpoint=
#    when you kept it apart, as you should) must be among them.
# Exits 0 only when the restored record is intact and holds that checkpoint. Then start Shouhu on
# the restored database: the read models are rebuilt by replay from the first event.
#
# The verifier runs as SHOUHU_VERIFY (default: java -jar ops/target/shouhu.jar verify); every
# argument after the dump file is passed to it (the key files, the password...).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <dump-file> [--expect-checkpoint=<hash>] [verifier options...]" >&2
  exit 2
fi
file=$1
shift

expected=""
options=()
for option in "$@"; do
  case $option in
    --expect-checkpoint=*) expected=${option#--expect-checkpoint=} ;;
    *) options+=("$option") ;;
  esac
done
if [ -z "$expected" ] && [ -f "$file.checkpoint" ]; then
  expected=$(sed -n 's/^checkpoint_hash=//p' "$file.checkpoint")
fi
if [ -z "$expected" ]; then
  echo "no checkpoint to prove the restore against: pass --expect-checkpoint=<hash>" >&2
  exit 2
fi

: "${PGDATABASE:?PGDATABASE names the empty database to restore into}"
tables=$(psql -X -A -t -q -v ON_ERROR_STOP=1 -c \
  "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
  echo "the database $PGDATABASE is not empty ($tables tables): restore into a new, empty database" >&2
  exit 3
fi

pg_restore --no-owner --exit-on-error --single-transaction --dbname="$PGDATABASE" "$file"
echo "restored $file into ${PGDATABASE}"

# the verifier connects through JDBC, which does not read ~/.pgpass: give it the password in
# PGPASSWORD (passed on by environment, not on a command line others can read in ps)
if [ -n "${PGPASSWORD:-}" ]; then
  export SPRING_DATASOURCE_PASSWORD="$PGPASSWORD"
fi
read -r -a verify <<<"${SHOUHU_VERIFY:-java -jar ops/target/shouhu.jar verify}"
"${verify[@]}" \
  "--spring.datasource.url=jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/${PGDATABASE}" \
  "--spring.datasource.username=${PGUSER:-$(id -un)}" \
  "--expect-checkpoint=$expected" \
  ${options[@]+"${options[@]}"}
echo "restored record verified intact, and it holds checkpoint $expected"
