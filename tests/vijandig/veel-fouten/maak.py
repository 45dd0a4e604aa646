"""Just under every limit: 9,990 references to items that do not exist. Each is a problem;
the output shows the first 25 of the file and counts the rest."""


def maak(project):
    path = project / "content/vuistregels/veel.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("titel: x\nzie_ook:\n" + "".join(f"  - niet-{i}\n" for i in range(9_990)), encoding="utf-8")
