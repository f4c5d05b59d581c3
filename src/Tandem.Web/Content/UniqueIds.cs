using YamlDotNet.RepresentationModel;

namespace Tandem.Web.Content;

/// <summary>Collects ids within one scope and reports a repeated one with the line of the first.</summary>
internal sealed class UniqueIds(YamlFile file, string what)
{
    private readonly Dictionary<string, int> _seen = [];

    public void Add(string? id, YamlNode node)
    {
        if (id is null)
        {
            return;
        }

        if (!_seen.TryAdd(id, YamlFile.Line(node)))
        {
            file.Error(node, $"duplicate {what} id '{id}' (first used on line {_seen[id]})");
        }
    }

    public bool Contains(string id) => _seen.ContainsKey(id);
}
