#!/usr/bin/env bash
# Verifies a Portcullis audit evidence bundle with openssl (3.x) and standard shell tools only
# (bash, sha256sum, xxd, base64, awk/cut). Trusts nothing in the bundle but the public keys you accept.
#
#   verify-bundle.sh BUNDLE_DIR [TRUSTED_KEYS_DIR]
#
# Checks, in order, and stops at the first failure naming the record:
#   1. every public key file's id (first 16 hex of SHA-256 of its DER SubjectPublicKeyInfo) matches its name;
#      with TRUSTED_KEYS_DIR, the bundle's keys must be among those files too
#   2. each record: its hash recomputed over its RFC 8785 JSON without "hash" and "signature";
#      seq continuity and prev_hash linkage between consecutive records;
#      its own signature over the 32 hash bytes, when the record carries one (optional: step 4 covers
#      every record through the signed checkpoint)
#   3. the checkpoint note's signature (C2SP signed note: 4-byte key hash, then the signature)
#   4. each record's RFC 6962 inclusion proof against the checkpoint's Merkle root
#   5. the checkpoint's chain head when the bundle holds the record at the tree size
# Exit 0: intact. Exit 1: not intact (the reason is printed). Exit 2: usage or missing tool.
set -euo pipefail
export LC_ALL=C

B=${1:-}
TRUSTED=${2:-}
[ -n "$B" ] && [ -d "$B" ] || { echo "usage: $0 BUNDLE_DIR [TRUSTED_KEYS_DIR]" >&2; exit 2; }
for tool in openssl xxd base64 awk cut; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done

fail() { echo "NOT INTACT: $*" >&2; exit 1; }
field() { awk -v k="$1" '$1 == k { print $2 }' "$B/bundle.txt"; }

ALG=$(field hash)
SUITE=$(field signature)
INSTANCE=$(field instance)
case "$ALG" in
  sha256) digest() { openssl dgst -sha256 -r | cut -d' ' -f1; } ;;
  sm3) digest() { openssl dgst -sm3 -r | cut -d' ' -f1; } ;;
  *) fail "unknown hash algorithm '$ALG' in bundle.txt" ;;
esac
# verify_sig KEYFILE MESSAGE_FILE SIGNATURE_FILE
verify_sig() {
  if [ "$SUITE" = "sm2" ]; then
    # GB/T 32918 default user id, which Bouncy Castle uses; openssl 3.0 defaults to an empty one
    openssl pkeyutl -verify -pubin -inkey "$1" -rawin -digest sm3 -pkeyopt distid:1234567812345678 \
        -in "$2" -sigfile "$3" >/dev/null 2>&1
  else
    openssl pkeyutl -verify -pubin -inkey "$1" -rawin -in "$2" -sigfile "$3" >/dev/null 2>&1
  fi
}
hex_hash() { xxd -r -p | digest; }   # digest of the bytes a hex string denotes

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. keys
for k in "$B"/keys/*.pem; do
  id=$(basename "$k" .pem)
  got=$(openssl pkey -pubin -in "$k" -outform DER | openssl dgst -sha256 -r | cut -c1-16)
  [ "$got" = "$id" ] || fail "key file $k has id $got, not $id"
  if [ -n "$TRUSTED" ]; then
    [ -f "$TRUSTED/$id.pem" ] && cmp -s <(openssl pkey -pubin -in "$k" -outform DER) \
        <(openssl pkey -pubin -in "$TRUSTED/$id.pem" -outform DER) || fail "key $id is not a trusted key"
  fi
done

# 2. records
re_seq='"seq":([0-9]+)'
re_hash=',"hash":"([0-9a-f]{64})"'
re_prev='"prev_hash":"([0-9a-f]{64})"'
re_key='"key_id":"([0-9a-f]+)"'
re_sig=',"signature":"([A-Za-z0-9+/=]+)"'
prev_seq=""
prev_hash=""
n=0
declare -A HASH_OF
while IFS= read -r line || [ -n "$line" ]; do
  [[ $line =~ $re_seq ]] || fail "record line $((n + 1)) has no seq"
  seq=${BASH_REMATCH[1]}
  [[ $line =~ $re_hash ]] || fail "record $INSTANCE:$seq has no hash"
  hash=${BASH_REMATCH[1]}
  [[ $line =~ $re_prev ]] || fail "record $INSTANCE:$seq has no prev_hash"
  prevh=${BASH_REMATCH[1]}
  [[ $line =~ $re_key ]] || fail "record $INSTANCE:$seq has no key_id"
  key=${BASH_REMATCH[1]}
  sig=""
  if [[ $line =~ $re_sig ]]; then sig=${BASH_REMATCH[1]}; fi
  body=${line/,\"hash\":\"$hash\"/}
  [ -n "$sig" ] && body=${body/,\"signature\":\""$sig"\"/}
  calc=$(printf '%s' "$body" | digest)
  [ "$calc" = "$hash" ] || fail "record $INSTANCE:$seq MODIFIED (content hashes to $calc, record says $hash)"
  if [ -n "$prev_seq" ]; then
    [ "$seq" -eq $((prev_seq + 1)) ] || fail "record $INSTANCE:$((prev_seq + 1)) MISSING or REORDERED (found seq $seq after $prev_seq)"
    [ "$prevh" = "$prev_hash" ] || fail "record $INSTANCE:$seq REORDERED (prev_hash does not name record $prev_seq)"
  elif [ "$seq" -eq 1 ]; then
    [ "$prevh" = "0000000000000000000000000000000000000000000000000000000000000000" ] || fail "record $INSTANCE:1 has a non-genesis prev_hash"
  fi
  [ -f "$B/keys/$key.pem" ] || fail "record $INSTANCE:$seq UNKNOWN KEY $key"
  # a record's own signature is optional (the writer's per-record signature setting); every record is
  # covered by the signed checkpoint either way (step 4), and a signature that is present must verify
  if [ -n "$sig" ]; then
    printf '%s' "$hash" | xxd -r -p > "$TMP/msg"
    printf '%s' "$sig" | base64 -d > "$TMP/sig" 2>/dev/null || fail "record $INSTANCE:$seq BAD SIGNATURE (not base64)"
    verify_sig "$B/keys/$key.pem" "$TMP/msg" "$TMP/sig" || fail "record $INSTANCE:$seq BAD SIGNATURE"
  fi
  HASH_OF[$seq]=$hash
  prev_seq=$seq
  prev_hash=$hash
  n=$((n + 1))
done < "$B/records.jsonl"
[ "$n" -gt 0 ] || fail "the bundle holds no records"

# 3. checkpoint signature
NOTE="$B/checkpoint.note"
awk 'BEGIN { body = 1 } body && $0 == "" { body = 0; next } body { print }' "$NOTE" > "$TMP/text"
sigline=$(awk 'f { print; exit } $0 == "" { f = 1 }' "$NOTE")
keyname=$(printf '%s' "$sigline" | awk '{ print $2 }')
cpkey=${keyname#portcullis-audit/}
[ -f "$B/keys/$cpkey.pem" ] || fail "checkpoint signed by UNKNOWN KEY $keyname"
printf '%s' "$sigline" | awk '{ print $3 }' | base64 -d > "$TMP/blob" || fail "checkpoint signature is not base64"
tail -c +5 "$TMP/blob" > "$TMP/cpsig"
verify_sig "$B/keys/$cpkey.pem" "$TMP/text" "$TMP/cpsig" || fail "checkpoint BAD SIGNATURE"
origin=$(sed -n 1p "$TMP/text")
[ "$origin" = "portcullis/audit/$INSTANCE" ] || fail "checkpoint is for '$origin', not instance $INSTANCE"
size=$(sed -n 2p "$TMP/text")
root=$(sed -n 3p "$TMP/text" | base64 -d | xxd -p -c 256)
head_line=$(awk '$1 == "head" { print $2 }' "$TMP/text")

# 4. inclusion proofs (RFC 9162 section 2.1.3.2)
while read -r seq index tsize path; do
  [ "$tsize" = "$size" ] || fail "proof of record $INSTANCE:$seq is for tree size $tsize, checkpoint says $size"
  h=${HASH_OF[$seq]:-}
  [ -n "$h" ] || fail "proof names record $INSTANCE:$seq which the bundle does not hold"
  [ "$index" -eq $((seq - 1)) ] || fail "proof of record $INSTANCE:$seq has index $index"
  r=$(printf '00%s' "$h" | hex_hash)
  fn=$index
  sn=$((tsize - 1))
  if [ "$path" != "-" ]; then
    IFS=',' read -r -a steps <<< "$path"
    for p in "${steps[@]}"; do
      [ "$sn" -gt 0 ] || fail "record $INSTANCE:$seq inclusion proof too long"
      if [ $((fn & 1)) -eq 1 ] || [ "$fn" -eq "$sn" ]; then
        r=$(printf '01%s%s' "$p" "$r" | hex_hash)
        if [ $((fn & 1)) -eq 0 ]; then
          while [ $((fn & 1)) -eq 0 ] && [ "$fn" -ne 0 ]; do fn=$((fn >> 1)); sn=$((sn >> 1)); done
        fi
      else
        r=$(printf '01%s%s' "$r" "$p" | hex_hash)
      fi
      fn=$((fn >> 1)); sn=$((sn >> 1))
    done
  fi
  [ "$sn" -eq 0 ] && [ "$r" = "$root" ] || fail "record $INSTANCE:$seq is NOT INCLUDED in the signed checkpoint (MODIFIED or MISSING)"
done < "$B/proofs.txt"
proofs=$(wc -l < "$B/proofs.txt")
[ "$proofs" -eq "$n" ] || fail "$n records but $proofs inclusion proofs"

# 5. chain head
if [ -n "${HASH_OF[$size]:-}" ]; then
  [ "${HASH_OF[$size]}" = "$head_line" ] || fail "checkpoint head does not match record $INSTANCE:$size"
fi

echo "INTACT: $n records of $INSTANCE (seq $(field first_seq)..$(field last_seq)), hashes, chain, signatures and inclusion in the signed checkpoint of tree size $size verified"
