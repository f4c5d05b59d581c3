using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tandem.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser filling in forms: it keeps cookies, sends the
/// antiforgery token from the page it just loaded and never follows redirects on its own.
/// </summary>
public sealed class FormClient(HttpClient http, CookieContainer cookies, TandemApp app) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public CookieContainer Cookies { get; } = cookies;

    public TandemApp App { get; } = app;

    public string Language
    {
        set
        {
            Http.DefaultRequestHeaders.AcceptLanguage.Clear();
            Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(value);
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// <summary>Loads <paramref name="pageUrl"/>, then posts <paramref name="fields"/> with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var (page, document) = await GetPageAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} gave {(int)page.StatusCode} {page.Headers.Location}");
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {pageUrl}");
        return await PostAsync(postUrl ?? pageUrl, [.. fields, new("__RequestVerificationToken", token!)]);
    }

    public Task<HttpResponseMessage> PostFormAsync(string pageUrl, params (string Name, string Value)[] fields) =>
        PostFormAsync(pageUrl, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(url, content);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The text of the form's error summary and field messages.</summary>
    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll(".error-summary li, .field-validation-error, .flash-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    /// <summary>Password step only.</summary>
    public Task<HttpResponseMessage> SubmitPasswordAsync(string email, string password) =>
        PostFormAsync("/Account/SignIn", ("Input.Email", email), ("Input.Password", password));

    public async Task SignInPatientAsync(TestUser user)
    {
        var response = await SubmitPasswordAsync(user.Email, user.Password);
        response.AssertRedirect("/Patient");
    }

    /// <summary>Both steps for staff with an authenticator; the clock moves one TOTP step.</summary>
    public async Task SignInStaffAsync(TestUser user)
    {
        var password = await SubmitPasswordAsync(user.Email, user.Password);
        password.AssertRedirect("/Account/TwoFactor");
        var code = await SubmitTotpAsync(App.NextTotpCode(user));
        code.AssertRedirect("/");
    }

    public Task<HttpResponseMessage> SubmitTotpAsync(string code) => PostFormAsync("/Account/TwoFactor", ("Input.Code", code));

    public async Task SignOutAsync()
    {
        var response = await PostFormAsync("/Account/Manage", [], "/Account/SignOut");
        response.AssertRedirect("/Account/SignedOut");
    }

    public string? CookieValue(string name) =>
        Cookies.GetCookies(TandemApp.BaseAddress).FirstOrDefault(c => c.Name == name)?.Value;

    public void Dispose() => Http.Dispose();
}

public static class ResponseAssertions
{
    /// <summary>A 302 to <paramref name="path"/> (query string ignored).</summary>
    public static void AssertRedirect(this HttpResponseMessage response, string path)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to {path}, got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(path, RedirectPath(response));
    }

    public static string? RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        var text = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        var query = text.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? text : text[..query];
    }
}
