//! A meeting the text reports as not managed, refused, merely possible or only asked for is no
//! meeting: a meeting verb denied through a verb of managing ("could not manage to meet", "no
//! lograron reunirse", "nunca llegó a celebrarse") or governed by a verb of failing ("failed
//! to meet"); an offer to meet refused ("rejected an invitation from X to hold a summit in
//! Baku"); "any meeting with X"; a meeting said not to be possible ("was not possible", "es
//! improbable"); a meeting demanded or requested ("demanded a meeting between A and B", "pidió
//! este lunes una reunión con X"); a negotiation stalled ("talks between A and B have
//! stalled"). A meeting managed, or one held beside such words, stays.
//! Every sentence is written by the team; the names are invented.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_rows;

const PUBLISHED: &str = "2026-03-10";

/// No meeting, no cards.
const NONE: &str = "kind = other\nprincipals =\nsummary =\nwarnings ~ no-meeting";

#[test]
fn a_meeting_not_managed_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Chilean President Tomás Ibarra failed to meet Peruvian President Rosa Quispe in \
                 Lima on Monday.",
                NONE,
            ),
            (
                "Chilean President Tomás Ibarra was unable to meet Peruvian President Rosa Quispe \
                 in Lima on Monday.",
                NONE,
            ),
            (
                "Chilean President Tomás Ibarra did not manage to meet Peruvian President Rosa \
                 Quispe during his visit to Lima on Monday.",
                NONE,
            ),
            (
                "Chilean President Tomás Ibarra will not be able to meet Peruvian President Rosa \
                 Quispe in Lima next week.",
                NONE,
            ),
            // Managed: held.
            (
                "Chilean President Tomás Ibarra managed to meet Peruvian President Rosa Quispe in \
                 Lima on Monday despite the storm.",
                "kind = bilateral\nstatus = held\nprincipals ~ Tomás Ibarra\nprincipals ~ Rosa Quispe",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Chile, Tomás Ibarra, y la presidenta de Perú, Rosa Quispe, no \
                 lograron reunirse el lunes en Lima por el temporal.",
                NONE,
            ),
            (
                "El presidente de Chile, Tomás Ibarra, lamentó este lunes no haber podido reunirse \
                 con la presidenta de Perú, Rosa Quispe.",
                NONE,
            ),
            (
                "El presidente de Chile, Tomás Ibarra, no pudo reunirse el lunes en Lima con la \
                 presidenta de Perú, Rosa Quispe.",
                NONE,
            ),
            (
                "La cumbre entre el presidente chileno Tomás Ibarra y la presidenta peruana Rosa \
                 Quispe nunca llegó a celebrarse.",
                NONE,
            ),
            (
                "El presidente de Chile, Tomás Ibarra, logró reunirse el lunes en Lima con la \
                 presidenta de Perú, Rosa Quispe.",
                "kind = bilateral\nstatus = held\nprincipals ~ Tomás Ibarra\nprincipals ~ Rosa Quispe",
            ),
        ],
    );
}

#[test]
fn a_meeting_refused_through_an_offer_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Armenian Prime Minister Davit Aslanyan on Monday rejected an invitation from \
                 Azerbaijani President Elnur Rzayev to hold a summit in Baku.",
                NONE,
            ),
            (
                "Prime Minister Davit Aslanyan of Armenia has turned down an offer from \
                 Azerbaijan's President Elnur Rzayev of talks in Baku next month.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Nicaragua, Hilario Montes, rechazó este lunes la invitación para \
                 asistir a la cumbre de presidentes centroamericanos que se celebrará a fin de mes \
                 en San José.",
                NONE,
            ),
            (
                "El presidente de Chile, Tomás Ibarra, se negó este lunes a recibir a la \
                 presidenta de Perú, Rosa Quispe.",
                NONE,
            ),
        ],
    );
}

#[test]
fn a_meeting_of_any_kind_or_not_possible_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Armenian Prime Minister Davit Aslanyan said on Monday that any meeting with \
                 Azerbaijani President Elnur Rzayev should take place in a neutral country.",
                NONE,
            ),
            (
                "Armenian Prime Minister Davit Aslanyan said on Monday that a meeting with \
                 Azerbaijani President Elnur Rzayev was not possible.",
                NONE,
            ),
            (
                "Armenian Prime Minister Davit Aslanyan said on Monday a summit with Azerbaijani \
                 President Elnur Rzayev is unlikely before the election.",
                NONE,
            ),
            // A call with a general rule in it is still the call.
            (
                "French President Louis Marchal spoke by telephone with Ukrainian President Taras \
                 Melnyk on Sunday. Marchal said any negotiation must involve Ukraine. The call \
                 lasted 40 minutes.",
                "kind = bilateral\nprincipals ~ Louis Marchal",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Chile, Tomás Ibarra, dijo el lunes que cualquier reunión con la \
                 presidenta de Perú, Rosa Quispe, deberá celebrarse en un país neutral.",
                NONE,
            ),
            (
                "El presidente de Chile, Tomás Ibarra, afirmó que una reunión con la presidenta de \
                 Perú, Rosa Quispe, no es posible por ahora.",
                NONE,
            ),
        ],
    );
}

#[test]
fn a_meeting_demanded_or_requested_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "The opposition demanded a meeting between Indian Prime Minister Vikram Sethi and \
                 Chinese President Liu Ming.",
                NONE,
            ),
            (
                "Analysts have urged a summit between Indian Prime Minister Vikram Sethi and \
                 Chinese President Liu Ming.",
                NONE,
            ),
            (
                "Indian Prime Minister Vikram Sethi on Monday requested talks with Chinese \
                 President Liu Ming on the border.",
                NONE,
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El presidente de Chile, Tomás Ibarra, pidió este lunes una reunión con la \
                 presidenta de Perú, Rosa Quispe.",
                NONE,
            ),
            (
                "La oposición exigió una reunión entre el presidente de Chile, Tomás Ibarra, y la \
                 presidenta de Perú, Rosa Quispe.",
                NONE,
            ),
            (
                "El presidente de Brasil, Marcos Teles, abogó por la celebración de una cumbre con \
                 el presidente de Argentina, Ramiro Olmedo.",
                NONE,
            ),
        ],
    );
}

/// "Talks between A and B have stalled", "las conversaciones siguen estancadas": a negotiation
/// stuck is a process, no meeting held, whatever date follows; a meeting reported to revive it
/// stays ("met Y to revive talks that have stalled since January").
#[test]
fn stalled_talks_are_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Negotiations on a trade pact between the United States and Brazil have stalled, \
                 Commerce Secretary Laura Peck told a news conference on Monday.",
                NONE,
            ),
            (
                "Talks between Kenya and Somalia on the maritime border remain deadlocked, Kenyan \
                 Foreign Minister Ali Hassan told reporters in Nairobi on Monday.",
                NONE,
            ),
            (
                "Talks between the two delegations in Geneva have made no progress since January, \
                 Trade Minister Ana Ruiz said on Monday.",
                NONE,
            ),
            (
                "Kenyan President Samuel Otieno met Somali President Ahmed Warsame on Monday to \
                 revive talks that have stalled since January.",
                "kind = bilateral\nstatus = held\nprincipals ~ Samuel Otieno\nprincipals ~ Ahmed Warsame",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "El canciller de Paraguay, Juan Ortiz, afirmó este lunes que las conversaciones con \
                 Bolivia sobre el Chaco siguen estancadas.",
                NONE,
            ),
            (
                "Las negociaciones entre Perú y Ecuador sobre la pesca se estancaron en febrero, \
                 reconoció el lunes el canciller peruano, Luis Paredes.",
                NONE,
            ),
            (
                "El presidente de Paraguay, Juan Ortiz, se reunió el lunes con el presidente de \
                 Bolivia, Luis Mena, para reactivar las negociaciones, que están estancadas desde \
                 enero.",
                "kind = bilateral\nstatus = held\nprincipals ~ Juan Ortiz\nprincipals ~ Luis Mena",
            ),
        ],
    );
}

/// "X should meet Y, the opposition said", "deberían reunirse": a meeting advised; "It would
/// be the first meeting between A and B", "Sería el primer encuentro": a meeting supposed. The
/// text reports neither; "in what would be their last talks" describes the meeting reported.
#[test]
fn a_meeting_advised_or_supposed_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Polish Prime Minister Adam Kolasa should meet Ukrainian President Taras Melnyk \
                 soon, the opposition said on Monday.",
                NONE,
            ),
            (
                "It would be the first meeting between the Japanese prime minister and the \
                 Chinese president.",
                NONE,
            ),
            (
                "This would be the first summit between Prime Minister Kenji Arai and President \
                 Liu Ming.",
                NONE,
            ),
            (
                "President Tom Reyes and Prime Minister Ari Levin met in the Oval Office on \
                 Thursday, in what would be their last talks before the election.",
                "kind = bilateral\nstatus = held\nprincipals ~ Tom Reyes",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "Sería el primer encuentro entre el presidente brasileño y su homólogo argentino.",
                NONE,
            ),
            (
                "La oposición afirmó que el presidente Marcos Teles debería reunirse con su \
                 homólogo argentino, Ramiro Olmedo.",
                NONE,
            ),
        ],
    );
}

/// "the bilateral summit proposed by X", "la cumbre propuesta por X": a meeting noun that a
/// participle of proposing describes, with its agent, is only proposed; a meeting reported
/// before it in the clause stays ("met at the summit proposed by Brazil").
#[test]
fn a_meeting_proposed_by_someone_is_no_meeting() {
    check_rows(
        "en",
        PUBLISHED,
        "",
        &[
            (
                "Venezuela will send no delegation to the bilateral summit proposed by Colombian \
                 President Julián Ortega.",
                NONE,
            ),
            (
                "Venezuelan President Aurelio Bastidas said the bilateral summit proposed by \
                 Colombian President Julián Ortega was a trap.",
                NONE,
            ),
            (
                "Venezuelan President Aurelio Bastidas and Colombian President Julián Ortega met on \
                 Monday at the summit proposed by Brazil.",
                "kind = bilateral\nstatus = held",
            ),
        ],
    );
    check_rows(
        "es",
        PUBLISHED,
        "",
        &[
            (
                "Nicaragua no enviará ninguna delegación a la cumbre bilateral propuesta por el \
                 presidente costarricense, Esteban Quirós.",
                NONE,
            ),
            (
                "El presidente nicaragüense, Octavio Rugama, dijo que la cumbre bilateral \
                 propuesta por el presidente costarricense, Esteban Quirós, es una trampa.",
                NONE,
            ),
        ],
    );
}
