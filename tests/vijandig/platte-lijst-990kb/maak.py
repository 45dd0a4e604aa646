"""One flow list of 990 KB on a single line: stopped at 10,000 values, at that line."""


def maak(project):
    path = project / "content/vuistregels/plat.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("titel: x\nzie_ook: [" + "a, " * 330_000 + "a]\n", encoding="utf-8")
