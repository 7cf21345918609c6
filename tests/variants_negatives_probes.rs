//! Articles that report no meeting, found by probing the reader with short team-written
//! articles of the genres the schema calls negatives: a meeting only hoped for, a meeting said
//! not to take place, a trip called off with the meeting it was for, a body's own sitting with
//! one officer. Each table ends with meetings that must still be read, in the same
//! constructions. Every sentence is written by the team; the names are invented.

mod common;

use common::NO_MEETING;

/// Checks each `(lang, text, expected)` row, published on 2026-03-10.
fn check_rows(table: &[(&str, &str, &str)]) {
    common::check_lang_rows("2026-03-10", table);
}

/// "said he hoped to meet the Argentine president later this year", "quiere reunirse con su
/// homólogo": a wish verb governing a meeting verb reports a meeting wished for, neither held
/// nor planned; a date after it plans one, and a meeting reported before the wish in its
/// clause stays reported.
#[test]
fn meeting_only_wished_for_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "In an interview with a radio station, Bolivian President Hugo Tarqui said he hoped to meet the Chilean president soon. He gave no date.",
            NO_MEETING,
        ),
        (
            "en",
            "Prime Minister Lena Borg of Sweden wants to meet her Finnish counterpart to talk about the Baltic Sea, she told reporters.",
            NO_MEETING,
        ),
        (
            "en",
            "\"I would like to meet President Osei one day,\" Togolese President Koffi Adjo said in a speech on Tuesday.",
            NO_MEETING,
        ),
        (
            "en",
            "Paraguay's president, Tomas Gimenez, is eager to hold talks with Bolivia's leader about the gas pipeline, his spokesman said.",
            NO_MEETING,
        ),
        (
            "es",
            "En una entrevista radial, el presidente boliviano Hugo Tarqui dijo que espera reunirse con su homólogo chileno en los próximos meses.",
            NO_MEETING,
        ),
        (
            "es",
            "La primera ministra sueca, Lena Borg, quiere reunirse con el presidente finlandés para hablar del mar Báltico, dijo a la prensa.",
            NO_MEETING,
        ),
        (
            "es",
            "\"Me gustaría reunirme con el presidente Osei algún día\", declaró el martes el presidente togolés, Koffi Adjo, en un discurso.",
            NO_MEETING,
        ),
        // a date after the wish plans the meeting; a meeting before it in the clause is held
        (
            "en",
            "Bolivian President Hugo Tarqui hopes to meet Chilean President Ana Vidal on 20 April in Arica, his office said.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "en",
            "Bolivian President Hugo Tarqui met Chilean President Ana Vidal in Arica on Monday, and they hope to meet again next year.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "es",
            "El presidente boliviano Hugo Tarqui se reunió el lunes en Arica con la presidenta chilena Ana Vidal; ambos esperan reunirse de nuevo el próximo año.",
            "kind = bilateral\nstatus = held",
        ),
    ]);
}

/// "will not take place", "no se celebrará": a negated verb of taking place denies the
/// meeting it is said of; affirmed, or with a new date after it, the meeting is planned.
#[test]
fn meeting_said_not_to_take_place_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "The talks between Armenian Prime Minister Aram Vardanyan and Azerbaijani President Ilham Rzayev, set for Geneva next week, will not take place, Swiss officials said.",
            NO_MEETING,
        ),
        (
            "en",
            "A summit of the presidents of Niger and Chad won't go ahead as planned, the African Union said on Thursday.",
            NO_MEETING,
        ),
        (
            "en",
            "The meeting of the foreign ministers of Peru and Bolivia, Luis Paredes and Carla Flores, did not take place, diplomats said.",
            NO_MEETING,
        ),
        (
            "en",
            "The summit between Chancellor Anna Weber and President Louis Martel will not be held in Strasbourg, the two governments said.",
            NO_MEETING,
        ),
        (
            "es",
            "La cumbre entre el presidente paraguayo Tomás Benítez y su homólogo boliviano, Evo Quispe, no se celebrará, informó la cancillería.",
            NO_MEETING,
        ),
        (
            "es",
            "La reunión de los cancilleres de Perú y Bolivia, Luis Paredes y Carla Flores, no tendrá lugar en Lima, según fuentes diplomáticas.",
            NO_MEETING,
        ),
        // affirmed, the verb reports the meeting; a negated perfect tells of a gap up to now
        (
            "en",
            "Visits between the leaders of Peru and Bolivia have not taken place in a decade. President Luis Paredes met Bolivian President Evo Quispe in La Paz on Monday.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Talks between Armenian Prime Minister Aram Vardanyan and Azerbaijani President Ilham Rzayev will take place in Geneva on 14 April, Swiss officials said.",
            "kind = bilateral\nstatus = planned",
        ),
        (
            "es",
            "La cumbre entre el presidente paraguayo Tomás Benítez y su homólogo boliviano, Evo Quispe, se celebrará el 14 de abril en Asunción, informó la cancillería.",
            "kind = bilateral\nstatus = planned",
        ),
    ]);
}

/// "canceló su viaje a Tegucigalpa, donde debía reunirse con X": a relative clause follows the
/// clause it hangs from, which calls off a trip with no meeting word of its own; a trip made
/// ("viajó a …, donde se reunió con X") still reports the meeting.
#[test]
fn meeting_of_a_trip_called_off_is_no_meeting() {
    check_rows(&[
        (
            "es",
            "El presidente guatemalteco Luis Morales canceló su viaje a Tegucigalpa, donde debía reunirse con la presidenta hondureña Ana Castro, informó su oficina.",
            NO_MEETING,
        ),
        (
            "es",
            "La canciller chilena, Marta Vidal, suspendió su gira por Asia, en la que iba a reunirse con su par japonés, Kenji Sato.",
            NO_MEETING,
        ),
        (
            "es",
            "El primer ministro portugués, Rui Matos, aplazó sin fecha su viaje a Luanda, donde se reuniría con el presidente angoleño, João Neto.",
            NO_MEETING,
        ),
        (
            "en",
            "Hungarian Prime Minister Gabor Szalai called off his trip to Rome, where he was to meet Italian Prime Minister Marco Ferri, his office said.",
            NO_MEETING,
        ),
        (
            "en",
            "Chilean Foreign Minister Marta Vidal has postponed her tour of Asia, during which she would have met her Japanese counterpart Kenji Sato.",
            NO_MEETING,
        ),
        // a trip made
        (
            "es",
            "El presidente guatemalteco Luis Morales viajó el lunes a Tegucigalpa, donde se reunió con la presidenta hondureña Ana Castro.",
            "kind = bilateral\nstatus = held",
        ),
        (
            "en",
            "Hungarian Prime Minister Gabor Szalai travelled to Rome on Monday, where he met Italian Prime Minister Marco Ferri.",
            "kind = bilateral\nstatus = held",
        ),
    ]);
}

/// "El Congreso de Perú se reunió en sesión extraordinaria … El presidente del Congreso, X,
/// abrió la sesión": a meeting's name that names one country names that country's own body,
/// which attests no second side, and neither does the country in it: one participant with no
/// country and no place is one side alone; two sides still meet.
#[test]
fn sitting_of_a_body_with_one_officer_is_no_meeting() {
    check_rows(&[
        (
            "es",
            "El Congreso de Perú se reunió en sesión extraordinaria el viernes para debatir el presupuesto. El presidente del Congreso, Alberto Ríos, abrió la sesión.",
            NO_MEETING,
        ),
        (
            "es",
            "La Asamblea de Panamá se reunió el viernes para votar la ley de aguas. El presidente de la Asamblea, Alberto Ríos, abrió la sesión.",
            NO_MEETING,
        ),
        (
            "es",
            "El Congreso de Chile se reunirá el lunes en sesión especial. La presidenta del Congreso, Clara Mejía, presidirá la sesión.",
            NO_MEETING,
        ),
        (
            "es",
            "El Senado de Colombia se reunirá el lunes. La presidenta del Senado, Clara Mejía, presidirá la sesión.",
            NO_MEETING,
        ),
        (
            "en",
            "The Congress of Peru met in an extraordinary session on Friday. The President of Congress, Alberto Rios, opened the session.",
            NO_MEETING,
        ),
        (
            "en",
            "The National Assembly of Panama will meet on Monday to vote on the water law. Its president, Alberto Rios, will open the session.",
            NO_MEETING,
        ),
        // two sides
        (
            "es",
            "El presidente del Congreso de Perú, Alberto Ríos, se reunió el viernes en Lima con el presidente boliviano, Evo Quispe.",
            "kind = bilateral",
        ),
    ]);
}

/// "met farmers in Mumbai to hear their complaints", "se reunió con vecinos de Lima": farmers,
/// students, workers, residents or troops a leader meets are that side's own people, no second
/// side, wherever the meeting is; a delegation or a leader met still is one.
#[test]
fn meeting_with_ones_own_people_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "Indian Prime Minister Arjun Mehta met farmers in Mumbai on Saturday to hear their complaints.",
            NO_MEETING,
        ),
        (
            "en",
            "Argentine President Mario Duarte met students in Buenos Aires on Monday to hear their demands.",
            NO_MEETING,
        ),
        (
            "en",
            "French President Louis Martel met farmers in Paris on Saturday to hear their grievances about prices.",
            NO_MEETING,
        ),
        (
            "en",
            "Chilean President Ricardo Soto will meet miners in Antofagasta on Friday to discuss the copper tax.",
            NO_MEETING,
        ),
        (
            "en",
            "Mexican President Elena Ruiz met residents of Acapulco on Sunday to discuss the storm damage.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta peruana Rosa Quispe se reunió con vecinos de Lima el domingo para hablar de seguridad.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente argentino Mario Duarte se reunió con estudiantes en Buenos Aires el lunes para escuchar sus reclamos.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente colombiano Andrés Valencia se reunió con las tropas en Bogotá el domingo.",
            NO_MEETING,
        ),
        // a delegation or a leader met
        (
            "en",
            "President Paulo Cardoso met a delegation of Chinese investors led by Vice Premier Li Wen in Brasilia on Thursday.",
            "principals ~ Paulo Cardoso",
        ),
        (
            "en",
            "Indian Prime Minister Arjun Mehta met Nepali Prime Minister Ram Thapa in Mumbai on Saturday to discuss farmers' incomes.",
            "kind = bilateral",
        ),
        (
            "es",
            "La presidenta peruana Rosa Quispe se reunió el domingo en Lima con el presidente boliviano Evo Quispe para hablar de los agricultores de la frontera.",
            "kind = bilateral",
        ),
    ]);
}

/// "La reunión entre el primer ministro indio, Arjun Mehta, y su homólogo paquistaní, Imran
/// Shah, fue aplazada": the comma that closes a name in apposition to a title does not cut the
/// sentence before "y"/"and", so the meeting and its calling-off are one clause; a list of
/// people in the same form that met still reports the meeting.
#[test]
fn list_of_titles_with_names_in_apposition_is_one_clause() {
    check_rows(&[
        (
            "es",
            "La reunión prevista entre el primer ministro indio, Arjun Mehta, y su homólogo paquistaní, Imran Shah, fue aplazada por las inundaciones.",
            NO_MEETING,
        ),
        (
            "es",
            "La cumbre entre el presidente paraguayo, Tomás Benítez, y la presidenta boliviana, Carla Flores, fue suspendida, informó la cancillería.",
            NO_MEETING,
        ),
        (
            "es",
            "El encuentro entre la canciller chilena, Marta Vidal, y su par japonés, Kenji Sato, fue cancelado a última hora.",
            NO_MEETING,
        ),
        (
            "en",
            "The meeting between India's prime minister, Arjun Mehta, and his Pakistani counterpart, Imran Shah, has been postponed because of the floods.",
            NO_MEETING,
        ),
        (
            "en",
            "Talks between the Chilean foreign minister, Marta Vidal, and her Japanese counterpart, Kenji Sato, were called off at the last minute.",
            NO_MEETING,
        ),
        // the same list, met
        (
            "es",
            "El primer ministro indio, Arjun Mehta, y su homólogo paquistaní, Imran Shah, se reunieron el lunes en Lahore.",
            "kind = bilateral\nprincipals ~ Arjun Mehta\nprincipals ~ Imran Shah",
        ),
        (
            "en",
            "The Chilean foreign minister, Marta Vidal, and her Japanese counterpart, Kenji Sato, met in Tokyo on Monday.",
            "principals ~ Marta Vidal\nprincipals ~ Kenji Sato",
        ),
    ]);
}

/// "Hace veinte años, los presidentes de A y B se reunieron en X": a count of years after
/// "hace" recalls a meeting long past, as "twenty years ago" does; a count of weeks or days
/// does not, and a meeting reported beside the recalled one still counts.
#[test]
fn meeting_counted_years_back_is_recalled() {
    check_rows(&[
        (
            "es",
            "Hace veinte años, los presidentes de Argentina y Brasil se reunieron en Iguazú para firmar un acuerdo nuclear.",
            NO_MEETING,
        ),
        (
            "es",
            "Los cancilleres de Chile y Perú se reunieron en Lima hace 30 años para cerrar el acuerdo limítrofe, recordó el diario.",
            NO_MEETING,
        ),
        (
            "es",
            "Hace tres décadas, el rey de España recibió en Madrid al presidente mexicano en una visita histórica.",
            NO_MEETING,
        ),
        (
            "es",
            "Los presidentes de Ecuador y Colombia se reunieron en la frontera hace 15 años, en una cita que abrió el comercio, recuerda el libro.",
            NO_MEETING,
        ),
        (
            "es",
            "Como hacía diez años, los mandatarios de Paraguay y Uruguay se reunieron en Asunción, según los archivos.",
            NO_MEETING,
        ),
        (
            "en",
            "Twenty years ago, the presidents of Argentina and Brazil met in Iguazu to sign a nuclear accord.",
            NO_MEETING,
        ),
        // weeks or days back, or a meeting reported beside the recalled one
        (
            "es",
            "Hace dos semanas, el presidente argentino Mario Duarte se reunió en Brasilia con el presidente brasileño Paulo Cardoso.",
            "kind = bilateral",
        ),
        (
            "es",
            "El presidente argentino Mario Duarte se reunió el lunes en Brasilia con su homólogo Paulo Cardoso. Hace 20 años, sus antecesores se reunieron en Iguazú.",
            "kind = bilateral\nstatus = held",
        ),
    ]);
}

/// "a meeting with the Russian leader was not on the table": a meeting whose one participant
/// has a title and no name is a meeting of no one the text names, never shown; a named
/// participant, or an unnamed one beside a named one, still makes a meeting.
#[test]
fn one_unnamed_participant_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "\"We want good relations with Moscow,\" Finnish President Mikko Salo said in an interview. He added that a meeting with the Russian leader was not on the table.",
            NO_MEETING,
        ),
        (
            "en",
            "Talks with the Iranian president are not part of the plan, a senior Swedish diplomat said on Monday.",
            NO_MEETING,
        ),
        (
            "en",
            "Any summit with China's premier would be premature, an aide to the Dutch prime minister wrote in a column.",
            NO_MEETING,
        ),
        (
            "es",
            "\"Queremos buenas relaciones con Moscú\", dijo el presidente finlandés Mikko Salo en una entrevista. Añadió que un encuentro con el líder ruso no está sobre la mesa.",
            NO_MEETING,
        ),
        (
            "es",
            "Una reunión con el presidente iraní no forma parte del plan, dijo el lunes un diplomático sueco.",
            NO_MEETING,
        ),
        // a named participant beside an unnamed one
        (
            "en",
            "President Tomas Varga met his counterpart in Accra on Friday.",
            "principals ~ Tomas Varga",
        ),
        (
            "es",
            "El presidente finlandés Mikko Salo se reunió el lunes en Moscú con el líder ruso.",
            "principals ~ Mikko Salo",
        ),
    ]);
}

/// A verb of hosting whose object is a thing with a word qualifying it ("will receive new
/// equipment", "recibirá nuevos equipos"), reports no meeting; "received with full honours",
/// "recibido con honores" keeps the meeting, as a preposition opens no object.
#[test]
fn a_thing_received_with_a_qualifier_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "Peru's health minister, Rosa Quispe, said the hospital in Cusco will receive new \
             equipment funded by Japan after Chilean attacks.",
            NO_MEETING,
        ),
        (
            "es",
            "La ministra de Salud de Perú, Rosa Quispe, dijo que el hospital de Cusco recibirá \
             nuevos equipos donados por Japón.",
            NO_MEETING,
        ),
        (
            "en",
            "Health Minister Rosa Quispe said the clinic would receive new ambulances from Japan \
             after Chilean attacks.",
            NO_MEETING,
        ),
        (
            "en",
            "President Hugo Tarqui of Bolivia was received with full honours by President Ana \
             Ruiz of Peru in Lima on Monday.",
            "principals ~ Hugo Tarqui\nprincipals ~ Ana Ruiz",
        ),
        (
            "es",
            "El presidente de Bolivia, Hugo Tarqui, fue recibido con honores militares por la \
             presidenta de Perú, Ana Ruiz, este lunes en Lima.",
            "principals ~ Hugo Tarqui\nprincipals ~ Ana Ruiz",
        ),
    ]);
}

/// Things received counted, with or without a hedge ("had received more than 60 messages",
/// "recibió unas 200 cartas", "received 40 tonnes of aid"), are no guests; counted people with a
/// title are ("received two Chilean ministers" is still no meeting of named leaders, but
/// "received President X and 20 business leaders" is one).
#[test]
fn things_received_counted_are_no_meeting() {
    check_rows(&[
        (
            "en",
            "Bolivian President Hugo Tarqui sent a message to Peruvian President Ana Ruiz on \
             Tuesday, according to her office, which said it had received more than 60 messages \
             by Tuesday afternoon.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Bolivia, Hugo Tarqui, escribió a la presidenta de Perú, Ana Ruiz, \
             cuya oficina recibió este martes unas 200 cartas de apoyo.",
            NO_MEETING,
        ),
        (
            "en",
            "Peruvian President Ana Ruiz said on Tuesday that Cusco received 40 tonnes of aid \
             from Bolivian President Hugo Tarqui.",
            NO_MEETING,
        ),
        (
            "en",
            "Peruvian President Ana Ruiz received Bolivian President Hugo Tarqui and about 20 \
             business leaders in Lima on Tuesday.",
            "principals ~ Hugo Tarqui\nprincipals ~ Ana Ruiz",
        ),
    ]);
}

/// In the passive, a thing received opens the sentence as its subject ("Two giant pandas were
/// received by embassy staff", "Dos llamas han sido recibidas"): no guest, so no meeting; a
/// person, a title or a delegation there is one ("El dignatario boliviano será recibido").
#[test]
fn a_thing_received_in_the_passive_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "Two giant pandas were received at Lima airport on Tuesday by representatives of the \
             Chinese embassy. China's ambassador to Peru, Xie Lin, spoke about the visit.",
            NO_MEETING,
        ),
        (
            "es",
            "Dos llamas han sido recibidas este martes en el aeropuerto de El Alto por \
             representantes de la embajada peruana. La embajadora de Perú en Bolivia, Ana Ruiz, \
             habló de la visita.",
            NO_MEETING,
        ),
        (
            "en",
            "The Bolivian delegation was received in Lima by Peruvian President Ana Ruiz on \
             Monday.",
            "principals ~ Ana Ruiz",
        ),
        (
            "es",
            "El presidente de Bolivia, Hugo Tarqui, viajará a Lima el lunes. El dignatario \
             boliviano será recibido con honores por la presidenta de Perú, Ana Ruiz.",
            "principals ~ Hugo Tarqui\nprincipals ~ Ana Ruiz",
        ),
    ]);
}

/// A meeting noun counted above one, in a sentence that dates nothing, tells of several
/// meetings over time, none of them one reported ("his predecessor, who held three summits
/// with X", "celebró tres cumbres con X"); dated, they are the meeting's parts ("held two
/// meetings on Monday"), as are the sessions of a meeting named before them; a year before
/// the noun counts nothing ("a 2018 meeting").
#[test]
fn meetings_counted_over_time_are_no_meeting() {
    check_rows(&[
        (
            "en",
            "Bolivian President Hugo Tarqui criticized his predecessor, who held three summits \
             with Chilean President Ana Ruiz.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente boliviano, Hugo Tarqui, criticó a su predecesor, que celebró tres \
             cumbres con la presidenta chilena, Ana Ruiz.",
            NO_MEETING,
        ),
        (
            "en",
            "Bolivian President Hugo Tarqui and Chilean President Ana Ruiz held two meetings in \
             La Paz on Monday.",
            "kind = bilateral\nprincipals ~ Hugo Tarqui\nprincipals ~ Ana Ruiz",
        ),
        (
            "es",
            "El presidente boliviano, Hugo Tarqui, y la presidenta chilena, Ana Ruiz, mantuvieron \
             dos reuniones este lunes en La Paz.",
            "kind = bilateral\nprincipals ~ Hugo Tarqui\nprincipals ~ Ana Ruiz",
        ),
        (
            "en",
            "Bolivian President Hugo Tarqui will receive Chilean President Ana Ruiz in La Paz on \
             Monday. The summit will have two plenary sessions at the Palacio Quemado.",
            "kind = bilateral\nvenue = Palacio Quemado",
        ),
    ]);
}

/// A leader who meets or is interviewed by a person of another trade (a presenter, an anchor,
/// a comedian) holds no meeting of leaders, whichever side the title stands on; a leader met
/// beside them still is.
#[test]
fn a_leader_with_a_presenter_holds_no_meeting() {
    check_rows(&[
        (
            "en",
            "TV presenter Jo Vance interviewed President Ana Sousa of Portugal on Monday.",
            NO_MEETING,
        ),
        (
            "en",
            "Radio anchor Jo Vance met President Ana Sousa of Portugal on Monday.",
            NO_MEETING,
        ),
        (
            "en",
            "Comedian Jo Vance met President Ana Sousa of Portugal backstage on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "El presentador Jaime Vance entrevistó el lunes a la presidenta portuguesa, Ana Sousa.",
            NO_MEETING,
        ),
        (
            "es",
            "La humorista Rita Pardo se reunió el lunes con la presidenta portuguesa, Ana Sousa, en Lisboa.",
            NO_MEETING,
        ),
        (
            "en",
            "President Ana Sousa of Portugal met Danish Prime Minister Olaf Brandt in Lisbon on Monday, then gave an interview to presenter Jo Vance.",
            "kind = bilateral\nprincipals = Ana Sousa | President | Portugal; Olaf Brandt | Prime Minister | Denmark",
        ),
    ]);
}

/// An envoy posted to a country (an ambassador, a chargé d'affaires, a consul), a principal or
/// named in the lead sentence, received below a minister's rank, or at a ceremony alone,
/// conducts diplomatic business: no meeting of
/// leaders or ministers, in either voice. Deputy ministers of two countries still meet.
#[test]
fn an_envoy_received_below_a_minister_is_no_meeting() {
    check_rows(&[
        (
            "en",
            "Ambassador Piotr Lis was received at the ministry by Deputy Foreign Minister Kenji Sato on Tuesday.",
            NO_MEETING,
        ),
        (
            "en",
            "Deputy Foreign Minister Kenji Sato summoned Polish Ambassador Piotr Lis on Tuesday to protest the decision.",
            NO_MEETING,
        ),
        (
            "en",
            "Brazil's chargé d'affaires, Ana Prado, met officials of the Tanzanian foreign ministry in Dodoma on Friday.",
            NO_MEETING,
        ),
        (
            "en",
            "Peru's consul in Osaka, Luis Paz, attended the opening ceremony of the trade fair on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "La embajadora de Venezuela, Mariana Lucero, fue recibida este martes por el viceministro de Relaciones Exteriores, Tomás Roa.",
            NO_MEETING,
        ),
        (
            "es",
            "El encargado de negocios de España, Gabriel Ochoa, izó la bandera en la embajada reabierta este martes.",
            NO_MEETING,
        ),
        (
            "en",
            "Gdansk Mayor Adam Nowak signed the twinning agreement at a ceremony attended by the Ukrainian consul general.",
            NO_MEETING,
        ),
        (
            "en",
            "Japanese Deputy Foreign Minister Kenji Sato met Polish Deputy Foreign Minister Ewa Lis in Warsaw on Tuesday.",
            "kind = ministerial",
        ),
    ]);
}

/// A leader's title of a body the tables do not know, no country nor organisation ("el
/// presidente de Telvia", "the president of Norbank", "el presidente de Cantabria"), heads a
/// business, a club or a region, no state: two such heads meeting hold no meeting of leaders,
/// whatever the word order; the head of a country still leads it. (An acronym may be an
/// international body's, "el presidente de la FIFA", and keeps its head.)
#[test]
fn heads_of_unknown_bodies_hold_no_meeting_of_leaders() {
    check_rows(&[
        (
            "es",
            "El presidente de Telvia, Ramón Castejón, y la presidenta de Andina Energía, Luisa Uribe, se reunieron este martes en Madrid.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta de Norbank, Ana Vidal, recibió este lunes en Bilbao al presidente de Cantex, Jorge Sala.",
            NO_MEETING,
        ),
        (
            "en",
            "The president of Norbank, Ana Vidal, met the president of Cantex, Jorge Sala, in Bilbao on Monday.",
            NO_MEETING,
        ),
        (
            "en",
            "Jorge Sala, president of Cantex, was received by Ana Vidal, president of Norbank, in Bilbao on Monday.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Cantabria, Luis Ortega, se reunió el jueves en Santander con la presidenta de Navarra, Rosa Goñi.",
            NO_MEETING,
        ),
        (
            "es",
            "El presidente de Chile, Gabriel Soto, recibió este lunes en Santiago al presidente de Uruguay, Raúl Medina.",
            "kind = bilateral\nprincipals = Gabriel Soto | Presidente | Chile; Raúl Medina | Presidente | Uruguay",
        ),
    ]);
}

/// A meeting noun a verb of urging or asking takes for its object, right past the person
/// asked ("pidió al presidente X una cumbre con su homólogo", "pidió a X una reunión con Y"),
/// is only asked for; a noun further on, past other words, is left to its own clause.
#[test]
fn a_meeting_asked_of_someone_is_no_meeting() {
    check_rows(&[
        (
            "es",
            "El senador opositor Luis Mora pidió al presidente Hugo Benítez una cumbre con su homólogo argentino.",
            NO_MEETING,
        ),
        (
            "es",
            "La diputada Ana Ruiz pidió a Benítez una reunión con el presidente argentino, Raúl Medina.",
            NO_MEETING,
        ),
        (
            "en",
            "Vietnamese Prime Minister Pham Bao and Malaysian Prime Minister Hafiz Omar met in Manila on Tuesday, while Cambodia urged caution, according to diplomats who said the talks were private.",
            "kind = bilateral\nprincipals = Pham Bao | Prime Minister | Vietnam; Hafiz Omar | Prime Minister | Malaysia",
        ),
    ]);
}

/// Rivals meeting in a campaign's debate ("met on stage for the first televised debate", "se
/// enfrentaron en un debate electoral") exchange words in a debate, no meeting of sides.
#[test]
fn rivals_in_a_campaign_debate_hold_no_meeting() {
    check_rows(&[
        (
            "en",
            "Prime Minister Carl Reid and opposition leader Sue Hart met on stage in Perth on Tuesday for the first televised debate of the campaign.",
            NO_MEETING,
        ),
        (
            "en",
            "President Ana Sousa will meet her challenger, Rui Costa, in a presidential debate in Porto on Friday.",
            NO_MEETING,
        ),
        (
            "es",
            "La presidenta Ana Ruiz y el candidato opositor Jorge Tuto se reunieron el martes en un debate electoral en La Paz.",
            NO_MEETING,
        ),
    ]);
}
