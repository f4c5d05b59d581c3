using Tandem.Domain.Organisations;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Outreach;

public static class OutreachSetup
{
    /// <summary>Gives the clinic's first site a unique public address (and optionally more settings); returns the slug.</summary>
    public static async Task<string> PublishAsync(this TandemApp app, Clinic clinic, Func<SiteSettings, SiteSettings>? more = null, bool otherSite = false)
    {
        var slug = $"site-{Guid.NewGuid():N}"[..20];
        await app.WithDbAsync(async db =>
        {
            var site = await db.Sites.FindAsync((otherSite ? clinic.OtherTeam : clinic.Team).SiteId) ?? throw new InvalidOperationException("No site.");
            var settings = site.Settings with { Slug = slug, Phone = "030 123 45 67" };
            site.Configure(more is null ? settings : more(settings));
            await db.SaveChangesAsync();
        });
        return slug;
    }

    /// <summary>
    /// Opens a public form as a browser would, waits like a person (the clock moves on), and sends it with the page's
    /// antiforgery token and time stamp (unless <paramref name="fields"/> brings its own stamp).
    /// </summary>
    public static async Task<HttpResponseMessage> SendFormAsync(
        this FormClient client, string url, IEnumerable<(string Name, string Value)> fields, TimeSpan? wait = null, bool withToken = true)
    {
        var (page, document) = await client.GetPageAsync(url);
        Assert.True(page.IsSuccessStatusCode, $"GET {url} gave {(int)page.StatusCode}");
        var stamp = document.QuerySelector("input[name=Stamp]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(stamp), "No time stamp on the form");
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        client.App.Clock.Advance(wait ?? TimeSpan.FromSeconds(30));
        List<KeyValuePair<string, string>> form = [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
        if (form.All(f => f.Key != "Stamp"))
        {
            form.Add(new("Stamp", stamp!));
        }

        if (withToken)
        {
            form.Add(new("__RequestVerificationToken", token));
        }

        return await client.PostAsync(url, form);
    }

    /// <summary>The text with every run of white space as one space.</summary>
    public static string Squeezed(this string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static (string, string)[] SelfReferral(string name = "Kim Visser") =>
    [
        ("Input.Name", name), ("Input.Email", "kim@example.nl"), ("Input.Phone", ""), ("Input.ProgrammeId", "cfs"),
        ("Input.Message", "Ik ben al lang moe."), ("Input.Consent", "true"), ("Website", ""),
    ];

    public static (string, string)[] GpReferral(string patient = "Piet Jansen") =>
    [
        ("Input.GpName", "Dr. A. de Wit"), ("Input.Practice", "Huisartsenpraktijk Oost"), ("Input.AgbCode", "01234567"),
        ("Input.GpEmail", "dewit@praktijk.example.nl"), ("Input.GpPhone", ""), ("Input.PatientName", patient),
        ("Input.PatientEmail", ""), ("Input.PatientPhone", "06 12345678"), ("Input.ProgrammeId", "chronic-pain"),
        ("Input.Reason", "Chronische rugpijn, wil graag online behandeling."), ("Input.PatientAgreed", "true"), ("Website", ""),
    ];

    public static (string, string)[] With(this (string Name, string Value)[] fields, string name, string value) =>
        [.. fields.Where(f => f.Name != name), (name, value)];
}
