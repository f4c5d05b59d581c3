using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>The validated programmes, loaded once at start-up.</summary>
public sealed class ProgrammeCatalog(IReadOnlyList<Programme> programmes)
{
    private readonly Dictionary<string, Programme> _byId = programmes.ToDictionary(p => p.Id);

    public IReadOnlyList<Programme> All { get; } = programmes;

    public Programme? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A module by id in any programme (module ids are unique across the content).</summary>
    public Module? FindModule(string moduleId) => All.Select(p => p.FindModule(moduleId)).FirstOrDefault(m => m is not null);
}
