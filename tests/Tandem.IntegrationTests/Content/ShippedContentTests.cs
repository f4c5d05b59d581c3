using Tandem.Domain.Measurement;
using Tandem.Domain.Programmes;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Content;

public sealed class ShippedContentTests
{
    [Fact]
    public void All_shipped_content_loads_without_errors()
    {
        var result = ProgrammeLoader.Load(Path.Combine(RepositoryRoot(), "content"));

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal(2, result.Programmes.Count);
        var cfs = Assert.Single(result.Programmes, p => p.Id == "cfs");
        Assert.Equal(Selection.Sequential, cfs.Selection);
        Assert.Equal(7, cfs.Steps.Count);
        var variants = Assert.IsType<VariantStep>(cfs.Steps[4]);
        Assert.Equal("activity-pattern", variants.ChooseBy);
        Assert.Equal(["cfs-05a-relatively-active", "cfs-05b-low-active"], variants.ModuleIds);
        Assert.Equal(8, cfs.Modules.Count);
        var pain = Assert.Single(result.Programmes, p => p.Id == "chronic-pain");
        Assert.Equal(Selection.Tailored, pain.Selection);
        Assert.True(pain.Modules.Count >= 8);
        Assert.All(pain.Modules, m => Assert.NotEmpty(m.RecommendedWhen));
        Assert.NotEmpty(pain.ProfileFlags);
    }

    [Fact]
    public void All_shipped_instruments_load_without_errors_and_licensed_ones_ship_no_wording()
    {
        var result = InstrumentLoader.Load(Path.Combine(RepositoryRoot(), "content"));

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Superset(new HashSet<string> { "phq-9", "gad-7", "rand-36-pf", "rand-36-sf", "wsas", "tsk", "sus", "pain-nrs", "cis", "pdi", "pcs", "pseq", "hads", "scl-90" }, result.Instruments.Select(i => i.Id).ToHashSet());
        Assert.All(result.Instruments.Where(i => i.Licence.Status == LicenceStatus.Licensed), i => Assert.DoesNotContain(result.Wordings.Keys, k => k.Instrument == i.Id));
        Assert.All(result.Instruments.Where(i => i.Licence.Status == LicenceStatus.Free), i => Assert.Contains(result.Wordings.Keys, k => k.Instrument == i.Id));
    }

    [Fact]
    public void The_app_copies_the_content_next_to_itself()
    {
        var result = ProgrammeLoader.Load(Path.Combine(AppContext.BaseDirectory, "content"));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Programmes.Count);
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tandem.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Tandem.slnx not found above " + AppContext.BaseDirectory);
    }
}
