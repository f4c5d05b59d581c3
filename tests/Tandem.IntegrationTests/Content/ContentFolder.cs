namespace Tandem.IntegrationTests.Content;

/// <summary>
/// A throwaway content root with one small, valid programme 'demo' that a test then breaks, and the shipped
/// implementation tables and training courses.
/// </summary>
public sealed class ContentFolder : IDisposable
{
    public const string Programme = """
        id: demo
        version: 1
        title: { nl: "Demo", en: "Demo" }
        summary: { nl: "Een demo.", en: "A demo." }
        selection: sequential
        modules:
          - demo-01
          - demo-02
        """;

    public static readonly string Module1 = Module("demo-01", """
          - id: start
            title: { nl: "Start", en: "Start" }
            blocks:
              - type: text
                text: { nl: "Hallo", en: "Hello" }
              - type: exercise
                id: my-answers
                title: { nl: "Vragen", en: "Questions" }
                fields:
                  - id: how
                    kind: scale
                    label: { nl: "Hoe?", en: "How?" }
                    min: 0
                    max: 10
              - type: feedback-moment
                id: send
                includes: [my-answers]
                text: { nl: "Stuur", en: "Send" }
              - type: module-link
                module: demo-02
                text: { nl: "Verder", en: "Next" }
        """);

    public static readonly string Module2 = Module("demo-02", """
          - id: start
            title: { nl: "Start", en: "Start" }
            blocks:
              - type: text
                text: { nl: "Hallo", en: "Hello" }
        """);

    public ContentFolder()
    {
        Write("programmes/demo/programme.yaml", Programme);
        Write("programmes/demo/modules/demo-01.yaml", Module1);
        Write("programmes/demo/modules/demo-02.yaml", Module2);

        // The implementation toolkit's reference tables and the training courses, as shipped: the app needs them to start.
        foreach (var folder in new[] { "implementation", "training" })
        {
            var shipped = Path.Combine(ShippedContentTests.RepositoryRoot(), "content", folder);
            foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(Root, folder, Path.GetRelativePath(shipped, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("tandem-content-").FullName;

    public static string Module(string id, string pages) => $"""
        id: {id}
        version: 1
        review:
          status: draft
        title: {"{"} nl: "Titel", en: "Title" {"}"}
        summary: {"{"} nl: "Samenvatting", en: "Summary" {"}"}
        estimated-minutes: 10
        pages:
        {pages}
        """;

    public void Write(string path, string yaml)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, yaml);
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
