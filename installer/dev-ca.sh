#!/usr/bin/env bash
# Creates the development TLS material for the reference central service (mtbdesk-central-sim) and
# for the client's TLS tests. Only the openssl command line is needed.
#
#   bash installer/dev-ca.sh OUT_DIR [--force]
#
# OUT_DIR receives:
#   ca.pem, ca.key                 a local certificate authority (10 years); the client trusts only this
#   server.pem, server.key         localhost, 127.0.0.1 and ::1, signed by the CA, valid 825 days
#   untrusted.pem, untrusted.key   a self-signed certificate for the same names: must be refused
#   expired.pem, expired.key       signed by the CA but valid only in 2020: must be refused
#
# Existing files are kept (so a running server and a client that trusts ca.pem stay consistent);
# --force makes everything again. The keys are private to the user (umask 077).
set -euo pipefail

usage() { echo "usage: $0 OUT_DIR [--force]" >&2; exit 2; }

OUT=""
FORCE=0
for arg in "$@"; do
    case "${arg}" in
        --force) FORCE=1 ;;
        --untrusted) ;; # accepted for compatibility: the untrusted certificate is always made
        -h | --help) usage ;;
        -*) echo "dev-ca.sh: unknown option ${arg}" >&2; usage ;;
        *) [[ -z "${OUT}" ]] || usage; OUT="${arg}" ;;
    esac
done
[[ -n "${OUT}" ]] || usage
command -v openssl >/dev/null 2>&1 || { echo "dev-ca.sh: openssl is not installed" >&2; exit 1; }

umask 077
mkdir -p "${OUT}"
cd "${OUT}"

if [[ ${FORCE} -eq 1 ]]; then
    rm -f ca.pem ca.key ca.srl server.pem server.key untrusted.pem untrusted.key expired.pem expired.key
fi

SAN="subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"
# Work files live in a private temporary folder that is always removed.
WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT

# A CA made anew invalidates every certificate it signed before: remake them too.
if [[ ! -f ca.pem || ! -f ca.key ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
        -subj "/O=MTB Desk development/CN=MTB Desk development CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout ca.key -out ca.pem 2>/dev/null
    rm -f server.pem server.key expired.pem expired.key
fi

# Extensions for a TLS server certificate.
cat >"${WORK}/server.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
${SAN}
EOF

if [[ ! -f server.pem || ! -f server.key ]]; then
    openssl req -new -newkey rsa:2048 -nodes -sha256 -subj "/O=MTB Desk development/CN=localhost" \
        -keyout server.key -out "${WORK}/server.csr" 2>/dev/null
    # 825 days: the longest validity that common TLS clients accept for a server certificate.
    openssl x509 -req -in "${WORK}/server.csr" -CA ca.pem -CAkey ca.key -CAcreateserial \
        -days 825 -sha256 -extfile "${WORK}/server.ext" -out server.pem 2>/dev/null
fi

if [[ ! -f untrusted.pem || ! -f untrusted.key ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 \
        -subj "/O=Somebody else/CN=localhost" -addext "${SAN}" \
        -keyout untrusted.key -out untrusted.pem 2>/dev/null
fi

# OpenSSL 3.0 (Debian 12) cannot back-date `req -x509` or `x509 -req`; `openssl ca` can, with
# explicit -startdate/-enddate, given a throw-away CA database.
if [[ ! -f expired.pem || ! -f expired.key ]]; then
    mkdir -p "${WORK}/ca"
    : >"${WORK}/ca/index.txt"
    echo 1000 >"${WORK}/ca/serial"
    cat >"${WORK}/ca.cnf" <<EOF
[ca]
default_ca = dev
[dev]
database = ${WORK}/ca/index.txt
serial = ${WORK}/ca/serial
new_certs_dir = ${WORK}/ca
default_md = sha256
policy = anything
copy_extensions = none
unique_subject = no
[anything]
organizationName = optional
commonName = supplied
[server]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
${SAN}
EOF
    openssl req -new -newkey rsa:2048 -nodes -sha256 -subj "/O=MTB Desk development/CN=localhost" \
        -keyout expired.key -out "${WORK}/expired.csr" 2>/dev/null
    openssl ca -batch -config "${WORK}/ca.cnf" -extensions server -cert ca.pem -keyfile ca.key \
        -startdate 20200101000000Z -enddate 20210101000000Z -notext \
        -in "${WORK}/expired.csr" -out expired.pem 2>/dev/null
fi

# Certificates are public; only the keys stay private.
chmod 644 ca.pem server.pem untrusted.pem expired.pem
echo "dev-ca.sh: TLS material in $(pwd)"
