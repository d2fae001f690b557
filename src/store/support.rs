//! Technical support: service health, the escalation vehicles the partner
//! is entitled to, service requests and baseline resolutions. Row fields are
//! declared once, as in [`super::domain`].

use super::Tx;

use super::domain::{int, row, text};
use crate::error::{Error, Result};
use crate::value::{Message, Value, Vars};

/// Fields of a `services` row.
pub const SERVICES_FIELDS: [&str; 4] = ["id", "name", "status", "active-incidents"];
/// Fields of a `service-health` row.
pub const SERVICE_HEALTH_FIELDS: [&str; 5] =
    ["id", "name", "status", "active-incidents", "incidents"];
/// Fields of a `support-vehicles` row.
pub const SUPPORT_VEHICLES_FIELDS: [&str; 2] = ["id", "kind"];
/// Fields of `file-service-request`'s output.
pub const FILE_SERVICE_REQUEST_FIELDS: [&str; 3] = ["id", "kind", "vehicle"];
/// Fields of `record-resolution`'s output.
pub const RECORD_RESOLUTION_FIELDS: [&str; 1] = ["id"];

/// A customer's services with their health, as service management lists them.
pub fn services(tx: &Tx, customer: &str) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT s.id, s.name, s.status,
                (SELECT count(*) FROM incidents i WHERE i.service = s.id AND i.active = 1)
           FROM services s WHERE s.customer = ?1 ORDER BY s.name",
        params![customer],
        |r| {
            Ok(row(
                &SERVICES_FIELDS,
                [text(r, 0)?, text(r, 1)?, text(r, 2)?, int(r, 3)?],
            ))
        },
    )
}

/// One service's health: status, active incidents and their titles.
pub fn service_health(tx: &Tx, service: &str) -> Result<Vec<Vars>> {
    let found = tx.query_opt(
        "SELECT s.id, s.name, s.status,
                (SELECT count(*) FROM incidents i WHERE i.service = s.id AND i.active = 1),
                (SELECT coalesce(string_agg(i.id || ' ' || i.title, '; '), '')
                   FROM (SELECT * FROM incidents WHERE service = s.id AND active = 1 ORDER BY id) i)
           FROM services s WHERE s.id = ?1",
        params![service],
        |r| {
            Ok(row(
                &SERVICE_HEALTH_FIELDS,
                [
                    text(r, 0)?,
                    text(r, 1)?,
                    text(r, 2)?,
                    int(r, 3)?,
                    text(r, 4)?,
                ],
            ))
        },
    )?;
    Ok(found.into_iter().collect())
}

/// The vehicles the partner may escalate an issue of `kind` through.
pub fn support_vehicles(tx: &Tx, kind: &str) -> Result<Vec<Vars>> {
    tx.query_rows(
        "SELECT id, kind FROM support_vehicles WHERE kind = ?1
          ORDER BY CASE id WHEN 'premier' THEN 1 WHEN 'advanced' THEN 2 ELSE 3 END",
        params![kind],
        |r| Ok(row(&SUPPORT_VEHICLES_FIELDS, [text(r, 0)?, text(r, 1)?])),
    )
}

fn service_of(tx: &Tx, customer: &str, service: &str) -> Result<String> {
    tx.query_opt(
        "SELECT name FROM services WHERE id = ?1 AND customer = ?2",
        params![service, customer],
        |r| r.text(0),
    )?
    .ok_or_else(|| Error::Refused(Message::new("error-unknown-service").arg("id", service)))
}

/// Files a service request with Microsoft. The vehicle must be one the
/// partner is entitled to; the schema refuses any other.
pub fn file_service_request(
    tx: &Tx,
    customer: &str,
    service: &str,
    kind: &str,
    vehicle: &str,
    description: &str,
    agent: &str,
) -> Result<Vars> {
    service_of(tx, customer, service)?;
    let entitled: bool = tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM support_vehicles WHERE id = ?1 AND kind = ?2)",
        params![vehicle, kind],
        |r| r.boolean(0),
    )?;
    if !entitled {
        return Err(Error::Refused(
            Message::new("error-vehicle-not-entitled").arg("vehicle", vehicle),
        ));
    }
    let id: i64 = tx.query_one(
        "SELECT coalesce(max(id), 0) + 1 FROM service_requests",
        params![],
        |r| r.int(0),
    )?;
    let number = format!("SR{id:06}");
    tx.execute(
        concat!(
            "INSERT INTO service_requests
                 (id, number, customer, service, kind, vehicle, description, status, agent, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8, ",
            now!(),
            ")"
        ),
        params![id, &number, customer, service, kind, vehicle, description, agent],
    )?;
    Ok(row(
        &FILE_SERVICE_REQUEST_FIELDS,
        [Value::Text(number), Value::from(kind), Value::from(vehicle)],
    ))
}

/// Records an issue the partner resolved within baseline support.
pub fn record_resolution(
    tx: &Tx,
    customer: &str,
    service: &str,
    description: &str,
    agent: &str,
) -> Result<Vars> {
    service_of(tx, customer, service)?;
    let id = tx.query_one(
        concat!(
            "INSERT INTO baseline_resolutions (customer, service, description, agent, created_at)
             VALUES (?1, ?2, ?3, ?4, ",
            now!(),
            ") RETURNING id"
        ),
        params![customer, service, description, agent],
        |r| r.int(0),
    )?;
    Ok(row(&RECORD_RESOLUTION_FIELDS, [Value::Int(id)]))
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct ServiceRequest {
    pub id: String,
    pub customer: String,
    pub service: String,
    pub service_name: String,
    pub kind: String,
    pub vehicle: String,
    pub status: String,
    pub description: String,
    pub agent: String,
    pub created_at: String,
}

pub fn service_requests(tx: &Tx) -> Result<Vec<ServiceRequest>> {
    tx.query_rows(
        "SELECT r.number, r.customer, r.service, s.name, r.kind, r.vehicle, r.status,
                r.description, r.agent, r.created_at
           FROM service_requests r JOIN services s ON s.id = r.service ORDER BY r.id",
        params![],
        |r| {
            Ok(ServiceRequest {
                id: r.text(0)?,
                customer: r.text(1)?,
                service: r.text(2)?,
                service_name: r.text(3)?,
                kind: r.text(4)?,
                vehicle: r.text(5)?,
                status: r.text(6)?,
                description: r.text(7)?,
                agent: r.text(8)?,
                created_at: r.text(9)?,
            })
        },
    )
}
