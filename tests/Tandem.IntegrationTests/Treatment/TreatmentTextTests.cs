using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Infrastructure;

namespace Tandem.IntegrationTests.Treatment;

public sealed class TreatmentTextTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public void Every_treatment_rule_has_a_message_in_every_language()
    {
        var codes = typeof(TreatmentRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((Rule)f.GetValue(null)!).Code)
            .ToList();
        var text = app.Services.GetRequiredService<JsonStringLocalizer>();

        Assert.NotEmpty(codes);
        foreach (var language in Language.All)
        {
            var missing = codes.Where(code => !text.For(language).ContainsKey(code)).ToList();
            Assert.True(missing.Count == 0, $"No {language} text for: {string.Join(", ", missing)}");
        }
    }
}
