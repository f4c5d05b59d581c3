using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Tandem.Web.Fhir;

/// <summary>FHIR R4 JSON with the Firely SDK: strict parsing (unknown elements and invalid values are errors) and compact output.</summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Strict);

    public static JsonSerializerOptions SerializerOptions => Options;

    /// <summary>Parses a resource of type <typeparamref name="T"/>, or gives the reasons it is not one.</summary>
    public static (T? Resource, IReadOnlyList<string> Errors) Parse<T>(string json)
        where T : Resource
    {
        try
        {
            return JsonSerializer.Deserialize<Resource>(json, Options) switch
            {
                T resource => (resource, []),
                null => (null, ["the body is empty"]),
                var other => (null, [$"expected a {typeof(T).Name}, not a {other.TypeName}"]),
            };
        }
        catch (DeserializationFailedException e)
        {
            return (null, [.. e.Exceptions.Select(x => x.Message).Take(20)]);
        }
        catch (JsonException e)
        {
            return (null, [$"not valid JSON: {e.Message}"]);
        }
        catch (InvalidOperationException e)
        {
            // Firely's reader on JSON that is no object at all (e.g. an array at the root).
            return (null, [e.Message]);
        }
    }

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, Options);
}
