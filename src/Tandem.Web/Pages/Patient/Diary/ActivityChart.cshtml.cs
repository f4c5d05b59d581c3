using Tandem.Domain.Diaries;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient.Diary;

public sealed class ActivityChartModel(AppDbContext db, AuditTrail audit, TimeProvider clock)
    : DiaryChartPage(DiaryKind.Activity, DiaryObjects.Activity, db, audit, clock);
