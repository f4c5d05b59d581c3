using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Measurement;

namespace Tandem.Web.Data;

/// <summary>Sent questionnaires for the demo, each completing the request it answers, as a patient's would.</summary>
internal static class DemoAnswers
{
    /// <summary>
    /// The patient answers <paramref name="instrument"/> at <paramref name="at"/>: the open request for that occasion
    /// when the schedule made one, otherwise a request asked that day (by <paramref name="askedBy"/>).
    /// </summary>
    public static async Task<(InstrumentResponse Response, IReadOnlyList<InstrumentScore> Scores)> AnswerAsync(
        AppDbContext db, Guid patientId, Instrument instrument, string occasion, int[] values, DateTimeOffset at, Guid? askedBy = null)
    {
        var request = await db.MeasurementRequests.FirstOrDefaultAsync(r =>
            r.PatientId == patientId && r.InstrumentId == instrument.Id && r.Occasion == occasion && r.CompletedAt == null && r.CancelledAt == null);
        if (request is null)
        {
            var day = ClinicCalendar.DateOf(at);
            request = new MeasurementRequest(patientId, instrument.Id, occasion, day, day.AddDays(6), at.AddHours(-2), askedBy);
            db.MeasurementRequests.Add(request);
        }

        var response = new InstrumentResponse(patientId, instrument, "en", at.AddMinutes(-5), request.Id);
        response.Save(instrument, instrument.Items.Select((item, i) => (item.Id, values[i])).ToDictionary(), screen: 0, at.AddMinutes(-1));
        var scores = response.Submit(instrument, at);
        request.Complete(response, at);
        db.InstrumentResponses.Add(response);
        db.InstrumentScores.AddRange(scores);
        return (response, scores);
    }
}
