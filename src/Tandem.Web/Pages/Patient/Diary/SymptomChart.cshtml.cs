using Tandem.Domain.Diaries;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient.Diary;

public sealed class SymptomChartModel(AppDbContext db, AuditTrail audit, TimeProvider clock)
    : DiaryChartPage(DiaryKind.Symptoms, DiaryObjects.Symptoms, db, audit, clock);
