using System.Globalization;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Infrastructure;

public static class UiLanguage
{
    /// <summary>The language of the current request (set by the request-localisation middleware).</summary>
    public static string Current
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return Language.IsSupported(language) ? language : Language.Default;
        }
    }
}
