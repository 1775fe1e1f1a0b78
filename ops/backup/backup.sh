#!/usr/bin/env bash
# Backs up Shouhu's record: the event store and everything that is not rebuilt from it.
#
#   PGHOST=db.internal PGPORT=5432 PGUSER=shouhu PGDATABASE=shouhu ops/backup/backup.sh shouhu-2026-11-29.dump
#
# The database is named by libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, and the
# password in ~/.pgpass or PGPASSWORD). With SHOUHU_URL and SHOUHU_ACCOUNT (user:password of a
# bureau or inspector account) it first asks the application for a fresh signed checkpoint.
#
# Writes <file> (pg_dump's custom format) and <file>.checkpoint, and prints the checkpoint the
# backup is proven against: keep that line apart from the backup (a ticket, a mail, paper). After
# a restore, restore.sh verifies the restored record and checks it holds that very checkpoint.
#
# Not dumped (their tables are, empty): the read models, the processors' positions, the dead
# letters and the node heartbeats. The restored application rebuilds the read models by replay.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 <dump-file>   (database from PGHOST, PGPORT, PGUSER, PGDATABASE)" >&2
  exit 2
fi
file=$1

if [ -n "${SHOUHU_URL:-}" ]; then
  : "${SHOUHU_ACCOUNT:?SHOUHU_ACCOUNT=user:password is needed with SHOUHU_URL}"
  # the account on curl's standard input, not on its command line where ps shows it
  printf 'user = "%s"\n' "$SHOUHU_ACCOUNT" |
    curl -fsS -o /dev/null -K - -X POST "$SHOUHU_URL/api/v1/integrity/checkpoints"
fi

checkpoint=$(psql -X -A -t -q -v ON_ERROR_STOP=1 -c \
  "SELECT id, tree_size, last_position, root_hash, checkpoint_hash FROM integrity.checkpoint ORDER BY id DESC LIMIT 1")
if [ -z "$checkpoint" ]; then
  echo "no checkpoint in the store yet: append one (POST /api/v1/integrity/checkpoints) and run again" >&2
  exit 3
fi
IFS='|' read -r id tree_size last_position root_hash checkpoint_hash <<<"$checkpoint"

# one consistent snapshot of the database (pg_dump reads in a single repeatable-read transaction)
pg_dump --format=custom --no-owner --file="$file" \
  --exclude-table-data='read_model.*' \
  --exclude-table-data='public.token_entry' \
  --exclude-table-data='public.dead_letter_entry' \
  --exclude-table-data='cluster.*'

cat >"$file.checkpoint" <<CHECKPOINT
checkpoint_id=$id
tree_size=$tree_size
last_position=$last_position
root_hash=$root_hash
checkpoint_hash=$checkpoint_hash
CHECKPOINT

echo "backup: $file ($(du -h "$file" | cut -f1))"
echo "checkpoint $id over $tree_size events: checkpoint_hash=$checkpoint_hash root_hash=$root_hash"
