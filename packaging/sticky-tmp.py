#!/usr/bin/env python3
"""Gives /tmp in the container image its sticky bit (mode 1777), after Jib wrote the image.

   packaging/sticky-tmp.py target/wsarena-image.tar

Jib sets a file's permissions from three octal digits only (its FilePermissions takes 000-777), so
the /tmp it lays out is 0777: any user could delete another's files there. This rewrites the one
tar header of tmp/ in its layer (mode field and checksum, nothing else), then the digests that
name that layer up the chain: the layer's blob and the config's diff_id, the config's blob, the
manifest's blob and index.json. Everything else in the OCI layout stays byte for byte as Jib wrote
it. Running it again changes nothing. Exits non-zero with one line when the image has no tmp/.
"""
import gzip
import hashlib
import io
import json
import sys
import tarfile


def fail(message):
    print("sticky-tmp.py: " + message, file=sys.stderr)
    sys.exit(1)


def sha256(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def sticky_tmp(layer):
    """The layer's tar with tmp/ at mode 1777, and whether tmp/ is in it."""
    data = bytearray(layer)
    offset = 0
    found = False
    long_name = None
    while offset + 512 <= len(data):
        header = data[offset:offset + 512]
        if header == bytes(512):
            break
        size = int(header[124:136].split(b"\0")[0].strip() or b"0", 8)
        kind = header[156:157]
        name = header[0:100].split(b"\0")[0]
        prefix = header[345:500].split(b"\0")[0] if header[257:262] == b"ustar" else b""
        full = long_name or ((prefix + b"/" + name) if prefix else name)
        long_name = None
        body = bytes(data[offset + 512:offset + 512 + size])
        if kind == b"L":  # GNU long name for the next entry
            long_name = body.split(b"\0")[0]
        elif kind == b"x":  # pax header: a path= record names the next entry
            for record in body.split(b"\n"):
                if b" path=" in record:
                    long_name = record.split(b" path=", 1)[1]
        elif kind == b"5" and full.rstrip(b"/").lstrip(b"./") == b"tmp":
            mode = int(header[100:108].split(b"\0")[0].strip() or b"0", 8)
            header[100:108] = b"%07o\0" % (mode | 0o1777)
            header[148:156] = b" " * 8
            header[148:156] = b"%06o\0 " % sum(header)
            data[offset:offset + 512] = header
            found = True
        offset += 512 + (size + 511) // 512 * 512
    return bytes(data), found


def main():
    if len(sys.argv) != 2:
        fail("usage: packaging/sticky-tmp.py IMAGE.tar")
    path = sys.argv[1]
    with tarfile.open(path) as outer:
        members = outer.getmembers()
        files = {m.name: outer.extractfile(m).read() for m in members if m.isfile()}
    blob = lambda digest: "blobs/sha256/" + digest.split(":", 1)[1]
    index = json.loads(files["index.json"])
    manifest_ref = index["manifests"][0]
    manifest = json.loads(files[blob(manifest_ref["digest"])])
    config = json.loads(files[blob(manifest["config"]["digest"])])
    changed = False
    for i, layer_ref in enumerate(manifest["layers"]):
        compressed = files[blob(layer_ref["digest"])]
        raw = gzip.decompress(compressed)
        fixed, found = sticky_tmp(raw)
        if not found:
            continue
        if fixed == raw:
            print("sticky-tmp.py: /tmp already has its sticky bit")
            return
        out = io.BytesIO()
        # zlib's default level 6, not Python's 9: the runtime's layer (118 MB of tar) comes out
        # 38 MB either way, as Jib wrote it, in 6 s of CPU instead of 12 here.
        with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6, mtime=0) as g:
            g.write(fixed)
        new_blob = out.getvalue()
        del files[blob(layer_ref["digest"])]
        layer_ref["digest"] = sha256(new_blob)
        layer_ref["size"] = len(new_blob)
        files[blob(layer_ref["digest"])] = new_blob
        config["rootfs"]["diff_ids"][i] = sha256(fixed)
        changed = True
    if not changed:
        fail(path + " has no tmp/ folder in any layer")
    del files[blob(manifest["config"]["digest"])]
    config_bytes = json.dumps(config, separators=(",", ":")).encode()
    manifest["config"]["digest"] = sha256(config_bytes)
    manifest["config"]["size"] = len(config_bytes)
    files[blob(manifest["config"]["digest"])] = config_bytes
    del files[blob(manifest_ref["digest"])]
    manifest_bytes = json.dumps(manifest, separators=(",", ":")).encode()
    manifest_ref["digest"] = sha256(manifest_bytes)
    manifest_ref["size"] = len(manifest_bytes)
    files[blob(manifest_ref["digest"])] = manifest_bytes
    files["index.json"] = json.dumps(index, separators=(",", ":")).encode()
    with tarfile.open(path + ".part", "w") as out:
        names = [m.name for m in members if m.isfile() and m.name in files]
        names += sorted(n for n in files if n not in names)
        for name in names:
            info = tarfile.TarInfo(name)
            info.size = len(files[name])
            info.mode = 0o644
            out.addfile(info, io.BytesIO(files[name]))
    import os
    os.replace(path + ".part", path)
    print("sticky-tmp.py: /tmp is 1777 in " + path)


if __name__ == "__main__":
    main()
