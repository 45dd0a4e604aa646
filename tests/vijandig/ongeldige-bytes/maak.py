"""A byte that is no UTF-8 on line 4: reported at line 4."""


def maak(project):
    path = project / "content/vuistregels/bytes.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"titel: x\nregel: y\n\ntoelichting: a\xff\xfeb\n")
