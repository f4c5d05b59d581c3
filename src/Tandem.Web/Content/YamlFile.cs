using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tandem.Web.Content;

/// <summary>One content file being read: every error it reports carries the file and the line.</summary>
internal sealed class YamlFile(string name, List<ContentError> errors)
{
    public string Name { get; } = name;

    public void Error(YamlNode node, string message) => errors.Add(new ContentError(Name, Line(node), message));

    public static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>The top-level mapping of the file, or null (with an error) when it is not valid YAML or not a mapping.</summary>
    public YamlMap? Load(string path, string what)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            errors.Add(new ContentError(Name, (int)e.Start.Line, $"YAML syntax error: {message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed flow mapping): report where parsing stopped.
            var line = parser.Current is { } last ? (int)last.End.Line : 1;
            errors.Add(new ContentError(Name, line, "YAML syntax error after this line (an unclosed bracket or quote?)"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new ContentError(Name, 1, $"the file is empty; expected a {what}"));
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            Error(root, $"expected a {what} (keys and values)");
            return null;
        }

        return new YamlMap(this, map, what);
    }
}
