#!/usr/bin/env bash
# Regenerates the test certificates: a CA, and a server certificate it
# signs for `localhost` and 127.0.0.1, both valid for 100 years, P-256 keys.
# For tests only: the keys are public.
set -euo pipefail
cd "$(dirname "$0")"
openssl ecparam -name prime256v1 -genkey -noout -out ca.key
openssl req -x509 -new -key ca.key -sha256 -days 36500 -subj "/CN=opwire test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out ca.pem
openssl ecparam -name prime256v1 -genkey -noout -out server.key.sec1
openssl pkcs8 -topk8 -nocrypt -in server.key.sec1 -out server.key
rm server.key.sec1
openssl req -new -key server.key -subj "/CN=localhost" -out server.csr
cat >server.ext <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days 36500 \
    -extfile server.ext -out server.pem
rm -f server.csr server.ext ca.srl ca.key
