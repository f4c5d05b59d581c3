using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.Extensions;

namespace Tandem.Web.Fhir;

/// <summary>A page of search results as a searchset Bundle with the total and self/next links.</summary>
public static class Searchset
{
    public static string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
    }

    public static FhirResult Of(HttpRequest request, SearchParameters search, IEnumerable<Resource> page, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(search);
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = total };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = Link(request, search.Offset, search.Count) });
        if (search.Offset + search.Count < total)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = Link(request, search.Offset + search.Count, search.Count) });
        }

        foreach (var resource in page)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{BaseUrl(request)}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return new FhirResult(bundle);
    }

    private static string Link(HttpRequest request, int offset, int count)
    {
        var query = new QueryBuilder();
        foreach (var (name, values) in request.Query.Where(q => q.Key is not ("_offset" or "_count")))
        {
            query.Add(name, (IEnumerable<string>)values);
        }

        query.Add("_count", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (offset > 0)
        {
            query.Add("_offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return $"{BaseUrl(request)}{request.Path.Value?["/fhir".Length..]}{query.ToQueryString()}";
    }
}
