using Tandem.Domain.Accounts;

namespace Tandem.Domain.Programmes;

/// <summary>A content text in Dutch and English; content missing either language is refused at load time.</summary>
public sealed record LocalizedText(string Dutch, string English)
{
    public string For(string language) => language == Language.English ? English : Dutch;
}
