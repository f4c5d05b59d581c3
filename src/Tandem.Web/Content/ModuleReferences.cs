using YamlDotNet.RepresentationModel;

namespace Tandem.Web.Content;

/// <summary>What a module file names outside a single block, kept with lines for the checks across files.</summary>
internal sealed class ModuleReferences(YamlFile file)
{
    public YamlFile File { get; } = file;

    public int IdLine { get; set; } = 1;

    /// <summary>Exercise and goal ids: what a feedback moment may include.</summary>
    public List<string> Answerable { get; } = [];

    public List<YamlScalarNode> Includes { get; } = [];

    public List<(string Module, int Line)> Links { get; } = [];

    public List<(string Src, int Line)> Images { get; } = [];

    public List<(string Flag, int Line)> Flags { get; } = [];

    public int? RecommendedWhenLine { get; set; }
}
