/* skup-demo.c — the sample register and large synthetic registers
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample register is the work the source documents describe (DOMAIN.md and the news items
 * in seeds/): real events, venues, organisations, projects and the people the documents name,
 * filled up with invented participants to the numbers the documents give. Invented people
 * get addresses at example.org / example.rs only, so nothing invented reaches a real mailbox.
 *
 * The synthetic register has the same shape at any size, for testing at scale. Both are
 * deterministic: every random choice comes from a GRand with a fixed seed, and the order of
 * draws never depends on what the database already holds, so a second run of the sample makes
 * the same people (and finds them) and the same seed makes the same synthetic register.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "skup-demo.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-record-list.h"
#include "skup-room.h"
#include "skup-session.h"
#include "skup-text.h"
#include "skup-venue.h"

#define SAMPLE_SEED 20230519u

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* ------------------------------------------------------------------------------------------ */
/* Names                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/* Names are written "|"-separated so that the thirty countries fit on a page. */
typedef struct {
  const char *country;
  const char *female;
  const char *male;
  const char *family;
  guint       cyrillic_percent;  /* how many write their name in Serbian Cyrillic */
  gboolean    gendered;          /* women's family names end -ska, -ova, -eva */
} NameBankSpec;

static const NameBankSpec name_bank_specs[] = {
  /* Serbia comes first: it is the bank for anyone whose country is not known. */
  { "Serbia",
    "Ana|Jelena|Marija|Milica|Ivana|Jovana|Dragana|Snežana|Gordana|Biljana|Tamara|Maja|Nataša|"
    "Vesna|Sanja|Tijana|Aleksandra|Katarina|Nevena|Mirjana|Jasmina|Danijela|Marina|Ljiljana|"
    "Svetlana|Teodora|Anđela|Kristina|Branka|Zorica|Olivera|Slađana|Jasna|Nada|Bojana|Dušica|"
    "Vera|Sofija|Radmila|Ksenija|Vanja|Mina|Dunja|Milena|Jelisaveta",
    "Marko|Nikola|Stefan|Milan|Nenad|Dragan|Zoran|Aleksandar|Miloš|Dejan|Vladimir|Ivan|Bojan|"
    "Goran|Predrag|Saša|Dušan|Nemanja|Luka|Uroš|Đorđe|Vuk|Miroslav|Branislav|Slobodan|Srđan|"
    "Igor|Petar|Filip|Lazar|Darko|Željko|Vladan|Ognjen|Veljko|Tihomir|Mladen|Relja|Strahinja|"
    "Andrija",
    "Petrović|Jovanović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Stanković|Pavlović|Popović|"
    "Živković|Todorović|Janković|Kostić|Mitrović|Ristić|Lazić|Simić|Obradović|Kovačević|"
    "Radovanović|Tomić|Lukić|Filipović|Savić|Nedeljković|Vasić|Marinković|Stevanović|Ćirić|"
    "Bogdanović|Krstić|Petković|Vuković|Zdravković|Antić|Milenković|Gajić|Mladenović|"
    "Blagojević|Šarić|Dimitrijević|Knežević|Tasić|Cvetković|Pešić|Radić|Jakovljević|"
    "Mihajlović|Đukić|Bošković|Ranković|Grujić|Jeremić|Novaković|Lazarević|Stojković|Babić|"
    "Kovač|Sabo|Nađ|Tot",
    33, FALSE },
  { "Bosnia and Herzegovina",
    "Amra|Lejla|Emina|Selma|Aida|Merima|Amela|Jasmina|Ajla|Maja",
    "Adnan|Emir|Haris|Kenan|Mirza|Armin|Edin|Tarik|Nermin|Dario",
    "Hodžić|Begić|Mehmedović|Hasanović|Omerović|Delić|Karić|Mujić|Suljić|Kovačević|Husić|Babić",
    10, FALSE },
  { "Montenegro",
    "Milena|Jelena|Ivana|Marija|Ana|Tijana|Sanja|Dragana|Danijela|Kristina",
    "Marko|Nikola|Vuk|Luka|Radovan|Vesko|Danilo|Balša|Petar|Miloš",
    "Vujović|Radonjić|Vukčević|Perović|Raičević|Šćepanović|Bulatović|Ivanović|Radulović|"
    "Vučinić|Lalić|Mijušković",
    25, FALSE },
  { "North Macedonia",
    "Ana|Elena|Marija|Biljana|Katerina|Sanja|Irena|Vesna|Aleksandra|Jasmina",
    "Aleksandar|Goran|Nikola|Dejan|Zoran|Igor|Darko|Vlatko|Bojan|Petar",
    "Stojanovski|Petrovski|Nikolovski|Trajkovski|Dimitrov|Angelov|Kostov|Jovanovski|Ristovski|"
    "Mitrevski|Stefanov|Atanasov",
    50, TRUE },
  { "Albania", "Ardita|Elira|Besa|Mirela|Ermira", "Arben|Erion|Gentian|Ilir|Besnik",
    "Hoxha|Shehu|Dervishi|Kola|Leka|Gjoka", 0, FALSE },
  { "Croatia", "Ivana|Petra|Marina|Ana|Lucija", "Tomislav|Krunoslav|Ivan|Josip|Mario",
    "Horvat|Kovačić|Babić|Marić|Jurić|Novak", 0, FALSE },
  { "Slovenia", "Nina|Maja|Špela|Urška|Petra", "Matej|Luka|Rok|Jure|Primož",
    "Novak|Krajnc|Zupančič|Kovač|Potočnik|Mlakar", 0, FALSE },
  { "Italy", "Giulia|Francesca|Chiara|Elena|Sara|Valentina",
    "Marco|Luca|Alessandro|Stefano|Andrea|Matteo",
    "Rossi|Bianchi|Romano|Colombo|Ricci|Greco|Conti|Esposito", 0, FALSE },
  { "Spain", "Lucía|María|Carmen|Laura|Elena", "Javier|Pablo|Carlos|Daniel|Alberto",
    "García|Fernández|López|Martínez|Sánchez|Moreno", 0, FALSE },
  { "Portugal", "Ana|Inês|Sofia|Joana|Rita", "João|Pedro|Tiago|Rui|Nuno",
    "Silva|Santos|Ferreira|Costa|Oliveira|Pereira", 0, FALSE },
  /* Surnames in -ou, which Greek uses for women and men alike. */
  { "Greece", "Eleni|Maria|Katerina|Sofia|Georgia", "Giorgos|Dimitris|Nikos|Kostas|Yannis",
    "Georgiou|Nikolaou|Antoniou|Christodoulou|Ioannou|Papadopoulou", 0, FALSE },
  { "Sweden", "Anna|Emma|Karin|Sara|Maria", "Erik|Johan|Anders|Per|Magnus",
    "Andersson|Johansson|Karlsson|Nilsson|Lindqvist|Eriksson", 0, FALSE },
  { "Norway", "Ingrid|Kari|Silje|Marte|Hanne", "Lars|Ola|Henrik|Sindre|Espen",
    "Hansen|Johansen|Olsen|Berg|Haugen|Larsen", 0, FALSE },
  { "Netherlands", "Sanne|Eva|Femke|Anouk|Lotte", "Jeroen|Bram|Pieter|Joost|Daan",
    "de Vries|Jansen|Bakker|Visser|de Boer|Smit", 0, FALSE },
  { "Germany", "Katrin|Julia|Sabine|Anja|Miriam", "Stefan|Thomas|Jan|Tobias|Markus",
    "Müller|Schmidt|Fischer|Weber|Becker|Hoffmann", 0, FALSE },
  { "France", "Claire|Camille|Sophie|Julie|Amélie", "Julien|Nicolas|Pierre|Mathieu|Antoine",
    "Martin|Bernard|Dubois|Moreau|Laurent|Lefèvre", 0, FALSE },
  { "Belgium", "Lotte|Marie|Els|Sarah|Charlotte", "Wouter|Thomas|Pieter|Kevin|Olivier",
    "Peeters|Janssens|Maes|Jacobs|Claes|Dupont", 0, FALSE },
  { "Switzerland", "Laura|Nadine|Corinne|Andrea|Simone", "Lukas|Reto|Beat|Urs|Martin",
    "Keller|Meier|Brunner|Baumann|Frei|Gerber", 0, FALSE },
  { "Austria", "Theresa|Lisa|Katharina|Barbara|Eva", "Florian|Michael|Andreas|Christoph|Lukas",
    "Gruber|Huber|Bauer|Wagner|Pichler|Steiner", 0, FALSE },
  { "Hungary", "Eszter|Zsófia|Katalin|Anna|Réka", "Gábor|Bence|Péter|Zoltán|Tamás",
    "Nagy|Kovács|Tóth|Szabó|Horváth|Varga", 0, FALSE },
  { "Poland", "Agnieszka|Katarzyna|Magdalena|Joanna|Anna", "Piotr|Tomasz|Paweł|Marcin|Krzysztof",
    "Kowalski|Nowak|Wiśniewski|Zieliński|Wójcik|Lewandowski|Kamiński|Dąbrowski", 0, TRUE },
  { "United Kingdom", "Sarah|Emily|Rachel|Hannah|Kate", "James|David|Tom|Daniel|Richard",
    "Smith|Jones|Taylor|Brown|Evans|Walker", 0, FALSE },
  { "Ireland", "Aoife|Niamh|Siobhán|Ciara|Orla", "Seán|Conor|Ciarán|Liam|Declan",
    "Murphy|Kelly|O'Brien|Byrne|Walsh|O'Connor", 0, FALSE },
  /* Written in Ukrainian Cyrillic from the start; Serbian transliteration does not apply. */
  { "Ukraine", "Олена|Ірина|Наталія|Оксана|Тетяна", "Андрій|Олександр|Дмитро|Сергій|Тарас",
    "Коваленко|Бондаренко|Ткаченко|Кравченко|Шевчук|Мельник|Бойко", 0, FALSE },
  { "Georgia", "Nino|Tamar|Ana|Mariam|Ketevan", "Giorgi|Levan|Davit|Irakli|Nika",
    "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri", 0, FALSE },
  { "Kenya", "Wanjiru|Achieng|Njeri|Akinyi", "Otieno|Kamau|Brian|Kiprono",
    "Mwangi|Ochieng|Kariuki|Wafula|Njoroge", 0, FALSE },
  { "Colombia", "Valentina|Camila|Daniela|Paula", "Andrés|Santiago|Felipe|Julián",
    "Rodríguez|Gómez|Torres|Ramírez|Vargas", 0, FALSE },
  { "Canada", "Emily|Jessica|Chloé|Megan", "Ryan|Mathieu|Kevin|Alex",
    "Tremblay|Roy|Wilson|Gagnon|MacDonald", 0, FALSE },
  { "United States", "Jennifer|Megan|Ashley|Lauren", "Michael|Christopher|Matthew|Joshua",
    "Johnson|Williams|Miller|Davis|Anderson", 0, FALSE },
  { "Lebanon", "Rania|Lina|Maya|Nour", "Karim|Rami|Elie|Ziad",
    "Haddad|Khoury|Nassar|Saad|Khalil", 0, FALSE },
};

/* The banks of the region: the synthetic register draws from these, the rest are rarer. */
#define N_REGIONAL_BANKS 4

typedef struct {
  const NameBankSpec *spec;
  GStrv               female;
  GStrv               male;
  GStrv               family;
  guint               n_female;
  guint               n_male;
  guint               n_family;
} NameBank;

static void
name_bank_free (NameBank *bank)
{
  g_strfreev (bank->female);
  g_strfreev (bank->male);
  g_strfreev (bank->family);
  g_free (bank);
}

static NameBank *
name_bank_new (const NameBankSpec *spec)
{
  NameBank *bank = g_new0 (NameBank, 1);

  bank->spec = spec;
  bank->female = g_strsplit (spec->female, "|", -1);
  bank->male = g_strsplit (spec->male, "|", -1);
  bank->family = g_strsplit (spec->family, "|", -1);
  bank->n_female = g_strv_length (bank->female);
  bank->n_male = g_strv_length (bank->male);
  bank->n_family = g_strv_length (bank->family);
  return bank;
}

typedef struct {
  char       *given;
  char       *family;
  char       *other_script;
  char       *email;
  const char *gender;
  const char *country;
} DemoName;

static void
demo_name_clear (DemoName *name)
{
  g_clear_pointer (&name->given, g_free);
  g_clear_pointer (&name->family, g_free);
  g_clear_pointer (&name->other_script, g_free);
  g_clear_pointer (&name->email, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoName, demo_name_clear)

/* ------------------------------------------------------------------------------------------ */
/* A run: what one fill keeps in memory                                                       */
/* ------------------------------------------------------------------------------------------ */

typedef struct {
  gint64      id;
  const char *sector;
  const char *city;
} SynthOrganisation;

typedef struct {
  gint64      id;
  const char *city;
  gint64      room_id;
  guint       capacity;
} SynthVenue;

typedef struct {
  gint64 id;
  int    first_year;
  int    last_year;
  gint64 donor_id;
} SynthProject;

typedef struct {
  SkupStore     *store;
  SkupDemoStats *stats;
  SkupDemoStats  own_stats;
  GRand         *rand;
  guint32        seed;
  char          *today;
  GPtrArray     *banks;       /* NameBank, in name_bank_specs order */
  GHashTable    *emails;      /* local part → how many people have it */
  GHashTable    *names;       /* folded names and titles already given out */
  guint          name_serial;
  /* The sample */
  GHashTable    *ids;         /* table key ("dpnsee", "palace" …) → gint64 * */
  GHashTable    *org_people;  /* organisation id → GArray of invented people who came before */
  /* The synthetic register */
  GArray        *orgs;        /* SynthOrganisation */
  GArray        *venues;      /* SynthVenue */
  GArray        *projects;    /* SynthProject */
  GArray        *people;      /* gint64 */
  GArray        *trainers;    /* gint64 */
} DemoRun;

static void
demo_run_free (DemoRun *run)
{
  g_clear_pointer (&run->rand, g_rand_free);
  g_clear_pointer (&run->today, g_free);
  g_clear_pointer (&run->banks, g_ptr_array_unref);
  g_clear_pointer (&run->emails, g_hash_table_unref);
  g_clear_pointer (&run->names, g_hash_table_unref);
  g_clear_pointer (&run->ids, g_hash_table_unref);
  g_clear_pointer (&run->org_people, g_hash_table_unref);
  g_clear_pointer (&run->orgs, g_array_unref);
  g_clear_pointer (&run->venues, g_array_unref);
  g_clear_pointer (&run->projects, g_array_unref);
  g_clear_pointer (&run->people, g_array_unref);
  g_clear_pointer (&run->trainers, g_array_unref);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DemoRun, demo_run_free)

static DemoRun *
demo_run_new (SkupStore     *store,
              SkupDemoStats *stats,
              guint32        seed)
{
  DemoRun *run = g_new0 (DemoRun, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  run->store = store;
  run->stats = stats != NULL ? stats : &run->own_stats;
  memset (run->stats, 0, sizeof *run->stats);
  run->seed = seed;
  run->rand = g_rand_new_with_seed (seed);
  run->today = g_date_time_format (now, "%Y-%m-%d");
  run->banks = g_ptr_array_new_with_free_func ((GDestroyNotify) name_bank_free);
  for (guint i = 0; i < G_N_ELEMENTS (name_bank_specs); i++)
    g_ptr_array_add (run->banks, name_bank_new (&name_bank_specs[i]));
  run->emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  run->org_people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
  return run;
}

static void
run_set_id (DemoRun    *run,
            const char *key,
            gint64      id)
{
  g_hash_table_replace (run->ids, (gpointer) key, g_memdup2 (&id, sizeof id));
}

/* The id of a record of the sample tables; the tables refer to each other by key. */
static gint64
run_get_id (DemoRun    *run,
            const char *key)
{
  const gint64 *id;

  if (key == NULL)
    return 0;
  id = g_hash_table_lookup (run->ids, key);
  if (id == NULL)
    g_critical ("The sample register has no “%s”", key);
  return id != NULL ? *id : 0;
}

static const NameBank *
run_get_bank (DemoRun    *run,
              const char *country)
{
  for (guint i = 0; country != NULL && i < run->banks->len; i++)
    {
      const NameBank *bank = g_ptr_array_index (run->banks, i);

      if (g_str_equal (bank->spec->country, country))
        return bank;
    }
  return g_ptr_array_index (run->banks, 0);
}

/* Records a name as taken; FALSE if it already was. Folded, so Марија Јовановић and
 * Marija Jovanović count as one name, as they do for skup_store_find_by_title(). */
static gboolean
run_take_name (DemoRun    *run,
               const char *name)
{
  return g_hash_table_add (run->names, skup_text_fold (name));
}

/* ------------------------------------------------------------------------------------------ */
/* Drawing people                                                                             */
/* ------------------------------------------------------------------------------------------ */

static gboolean
percent (GRand *rand,
         guint  chance)
{
  return (guint) g_rand_int_range (rand, 0, 100) < chance;
}

static const char *
pick_word (GRand *rand,
           GStrv  words,
           guint  n_words)
{
  return words[g_rand_int_range (rand, 0, (gint32) n_words)];
}

static char *
feminine_family_name (const char *family)
{
  if (g_str_has_suffix (family, "ski") || g_str_has_suffix (family, "cki"))
    return g_strdup_printf ("%.*sa", (int) strlen (family) - 1, family);
  if (g_str_has_suffix (family, "ov") || g_str_has_suffix (family, "ev"))
    return g_strconcat (family, "a", NULL);
  return g_strdup (family);
}

static void
draw_name_once (GRand          *rand,
                const NameBank *bank,
                gboolean        female,
                DemoName       *out)
{
  const char *given = female ? pick_word (rand, bank->female, bank->n_female)
                             : pick_word (rand, bank->male, bank->n_male);
  const char *family = pick_word (rand, bank->family, bank->n_family);
  gboolean cyrillic = percent (rand, bank->spec->cyrillic_percent);
  gboolean both_scripts = bank->spec->cyrillic_percent > 0 && percent (rand, 40);
  g_autofree char *feminine = female && bank->spec->gendered ? feminine_family_name (family)
                                                             : NULL;
  g_autofree char *latin = NULL;

  if (feminine != NULL)
    family = feminine;
  latin = g_strdup_printf ("%s %s", given, family);
  out->gender = female ? "female" : "male";
  out->country = bank->spec->country;
  out->given = cyrillic ? skup_text_to_cyrillic (given) : g_strdup (given);
  out->family = cyrillic ? skup_text_to_cyrillic (family) : g_strdup (family);
  if (both_scripts)
    out->other_script = cyrillic ? g_steal_pointer (&latin) : skup_text_to_cyrillic (latin);
}

/* An address at example.org or example.rs that no one else in the register has. */
static char *
draw_email (DemoRun        *run,
            GRand          *rand,
            const DemoName *name)
{
  g_autofree char *given = skup_text_fold (name->given);
  g_autofree char *family = skup_text_fold (name->family);
  const char *domain = g_rand_boolean (rand) ? "example.org" : "example.rs";
  g_autoptr(GString) local = g_string_new (NULL);
  guint uses;

  if (!g_ascii_isalpha (given[0]))
    return NULL;
  g_string_append_c (local, given[0]);
  g_string_append_c (local, '.');
  for (const char *p = family; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '-')
      g_string_append_c (local, *p);
  if (local->len < 3)
    return NULL;
  uses = GPOINTER_TO_UINT (g_hash_table_lookup (run->emails, local->str)) + 1;
  g_hash_table_replace (run->emails, g_strdup (local->str), GUINT_TO_POINTER (uses));
  if (uses > 1)
    g_string_append_printf (local, "%u", uses);
  return g_strdup_printf ("%s@%s", local->str, domain);
}

/* A name from @bank. With @unique, one no one else in this run has: the sample looks people
 * up by name, so two invented Jelena Petrović would become one. */
static void
draw_name (DemoRun        *run,
           GRand          *rand,
           const NameBank *bank,
           gboolean        female,
           gboolean        unique,
           guint           email_percent,
           DemoName       *out)
{
  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *full = NULL;

      demo_name_clear (out);
      draw_name_once (rand, bank, female, out);
      if (!unique)
        break;
      full = g_strdup_printf ("%s %s", out->given, out->family);
      if (run_take_name (run, full) || attempt == 100)
        break;
    }
  if (percent (rand, email_percent))
    out->email = draw_email (run, rand, out);
}

static SkupRecord *
person_record (const DemoName *name,
               gint64          organisation_id,
               const char     *position,
               const char     *city)
{
  SkupRecord *person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", name->given);
  skup_record_set_string (person, "family-name", name->family);
  skup_record_set_string (person, "other-script-name", name->other_script);
  skup_record_set_string (person, "gender", name->gender);
  skup_record_set_string (person, "position", position);
  skup_record_set_int (person, "organisation-id", organisation_id);
  skup_record_set_string (person, "email", name->email);
  skup_record_set_string (person, "city", city);
  skup_record_set_string (person, "country", name->country);
  return person;
}

static const char * const government_positions[] = {
  "Adviser", "Senior Adviser", "Head of Unit", "Psychologist", "Social worker", "Doctor",
  "Nurse", "Epidemiologist", "Psychiatrist", "Programme manager", "Case manager",
};
static const char * const civil_society_positions[] = {
  "Programme Coordinator", "Outreach worker", "Peer educator", "Social worker", "Psychologist",
  "Project Assistant", "Counsellor", "Shelter coordinator", "Volunteer", "Project Manager",
};
static const char * const international_positions[] = {
  "Programme Officer", "Project Officer", "National Consultant", "Programme Assistant",
  "Senior Adviser", "Policy Officer",
};
static const char * const academic_positions[] = {
  "Professor", "Associate Professor", "Assistant Professor", "Researcher", "Teaching Assistant",
};
static const char * const other_positions[] = {
  "Consultant", "Manager", "Journalist", "Editor", "Coordinator", "Member",
};

static const char *
draw_position (GRand      *rand,
               const char *sector)
{
  if (g_strcmp0 (sector, "government") == 0)
    return PICK (rand, government_positions);
  if (sector == NULL || g_str_equal (sector, "civil-society"))
    return PICK (rand, civil_society_positions);
  if (g_str_equal (sector, "international"))
    return PICK (rand, international_positions);
  if (g_str_equal (sector, "academic"))
    return PICK (rand, academic_positions);
  return PICK (rand, other_positions);
}

/* ------------------------------------------------------------------------------------------ */
/* Registering and attendance (both registers)                                                */
/* ------------------------------------------------------------------------------------------ */

typedef struct {
  gint64      person_id;
  const char *role;
  const char *status;
  gboolean    attends;  /* held event, confirmed: one attendance row per session */
} DemoRegistration;

static gboolean
is_staff_role (const char *role)
{
  return !g_str_equal (role, "participant");
}

static void
format_time (char  out[6],
             guint minutes)
{
  g_snprintf (out, 6, "%02u:%02u", minutes / 60, minutes % 60);
}

/* Roughly what paper sign-in sheets show: most sign in before nine, some come late or leave
 * early, a few miss a day. Nobody misses the only day of an event they are counted at. */
static const char *
draw_attendance (GRand      *rand,
                 const char *role,
                 gboolean    may_miss,
                 char        check_in[6])
{
  guint roll = g_rand_int_range (rand, 0, 100);
  guint minute = g_rand_int_range (rand, 0, 30);

  check_in[0] = '\0';
  if (is_staff_role (role))
    {
      format_time (check_in, 8 * 60 + 15 + minute / 2);
      return "present";
    }
  if (roll < 84 || (!may_miss && roll >= 94))
    {
      format_time (check_in, 8 * 60 + 35 + minute);
      return "present";
    }
  if (roll < 91)
    {
      format_time (check_in, 9 * 60 + 10 + minute * 2);
      return "late";
    }
  if (roll < 94)
    {
      format_time (check_in, 8 * 60 + 40 + minute);
      return "left-early";
    }
  return roll < 98 ? "absent" : "excused";
}

/* A training day as the seeds' agendas run it: 09:00–17:00, the last of several days ending
 * at 13:00 with the closing session, so the report has real hours of training. */
static gboolean
time_session (SkupStore  *store,
              gint64      session_id,
              gboolean    last_of_several,
              GError    **error)
{
  g_autoptr(SkupRecord) session = skup_store_load (store, SKUP_TYPE_SESSION, session_id, error);

  if (session == NULL)
    return FALSE;
  skup_record_set_string (session, "start-time", "09:00");
  skup_record_set_string (session, "end-time", last_of_several ? "13:00" : "17:00");
  return skup_store_save (store, session, error);
}

static GArray *
list_sessions (SkupStore *store,
               gint64     event_id,
               GError   **error)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) model = skup_store_list (store, SKUP_TYPE_SESSION, &query, error);
  GArray *ids;
  guint n;

  if (model == NULL)
    return NULL;
  n = g_list_model_get_n_items (model);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = skup_record_list_get_id (SKUP_RECORD_LIST (model), i);

      if (!time_session (store, id, n > 1 && i == n - 1, error))
        {
          g_array_unref (ids);
          return NULL;
        }
      g_array_append_val (ids, id);
    }
  return ids;
}

static gboolean
register_one (DemoRun                *run,
              GRand                  *rand,
              gint64                  event_id,
              const DemoRegistration *registration,
              GArray                 *sessions,
              GError                **error)
{
  gint64 registration_id = 0;

  if (!skup_store_register (run->store, event_id, registration->person_id, registration->role,
                            registration->status, &registration_id, error))
    return FALSE;
  run->stats->registrations++;
  for (guint s = 0; registration->attends && s < sessions->len; s++)
    {
      char check_in[6];
      const char *status = draw_attendance (rand, registration->role, s > 0, check_in);

      if (!skup_store_set_attendance (run->store, registration_id,
                                      g_array_index (sessions, gint64, s), status,
                                      check_in[0] != '\0' ? check_in : NULL, error))
        return FALSE;
      run->stats->attendance++;
    }
  return TRUE;
}

static gboolean
register_people (DemoRun  *run,
                 GRand    *rand,
                 gint64    event_id,
                 GArray   *registrations,
                 GError  **error)
{
  g_autoptr(GArray) sessions = list_sessions (run->store, event_id, error);

  if (sessions == NULL)
    return FALSE;
  for (guint i = 0; i < registrations->len; i++)
    if (!register_one (run, rand, event_id,
                       &g_array_index (registrations, DemoRegistration, i), sessions, error))
      return FALSE;
  return TRUE;
}

/* Saves @record unless one with the same title exists; the id either way, 0 on error. */
static gint64
find_or_save (DemoRun     *run,
              SkupRecord  *record,
              guint       *added,
              gboolean    *out_is_new,
              GError     **error)
{
  g_autofree char *title = skup_record_dup_title (record);
  gint64 id = skup_store_find_by_title (run->store, G_OBJECT_TYPE (record), title);

  if (out_is_new != NULL)
    *out_is_new = (id == 0);
  if (id != 0)
    return id;
  if (!skup_store_save (run->store, record, error))
    return 0;
  (*added)++;
  return skup_record_get_id (record);
}

/* ------------------------------------------------------------------------------------------ */
/* The sample register: tables                                                                */
/* ------------------------------------------------------------------------------------------ */

typedef struct {
  const char *key;
  const char *name;
  const char *short_name;
  const char *sector;
  const char *parent;
  const char *city;
  const char *country;
  gboolean    invented;
} DemoOrganisation;

/* Cities of Serbia are written as a Serbian organiser types them; others in English. Where
 * the documents do not say where an organisation sits, the city stays empty. */
static const DemoOrganisation sample_organisations[] = {
  { "ocd", "Office for Combating Drugs of the Government of the Republic of Serbia",
    "Office for Combating Drugs", "government", NULL, "Beograd", "Serbia", FALSE },
  { "moh", "Ministry of Health of the Republic of Serbia", "Ministry of Health", "government",
    NULL, "Beograd", "Serbia", FALSE },
  { "batut", "Institute for Public Health of Serbia", "Batut", "government", "moh", "Beograd",
    "Serbia", FALSE },
  { "moi", "Ministry of Interior of the Republic of Serbia", "Ministry of Interior",
    "government", NULL, "Beograd", "Serbia", FALSE },
  { "moj", "Ministry of Justice of the Republic of Serbia", "Ministry of Justice", "government",
    NULL, "Beograd", "Serbia", FALSE },
  { "moe", "Ministry of Education, Science and Technological Development",
    "Ministry of Education", "government", NULL, "Beograd", "Serbia", FALSE },
  { "molsa", "Ministry of Labour, Employment, Veteran and Social Affairs", "Ministry of Labour",
    "government", NULL, "Beograd", "Serbia", FALSE },
  { "mhmr", "Ministry of Human and Minority Rights and Social Dialogue", NULL, "government",
    NULL, "Beograd", "Serbia", FALSE },
  { "kirs", "Commissariat for Refugees and Migration of the Republic of Serbia", "KIRS",
    "government", NULL, "Beograd", "Serbia", FALSE },
  { "imh", "Institute of Mental Health", NULL, "government", NULL, "Beograd", "Serbia", FALSE },
  { "sbbz", "Special Hospital for Addictions", NULL, "government", NULL, "Beograd", "Serbia",
    FALSE },
  { "kovin", "Special Hospital for Psychiatric Diseases Kovin", NULL, "government", NULL,
    "Kovin", "Serbia", FALSE },
  { "toponica", "Special Hospital for Psychiatric Diseases “Gornja Toponica”", NULL,
    "government", NULL, "Niš", "Serbia", FALSE },
  { "vrsac", "Special Hospital for Psychiatric Diseases “Dr Slavoljub Bakalović”", NULL,
    "government", NULL, "Vršac", "Serbia", FALSE },
  { "izjz-ns", "Institute for Public Health of Vojvodina", NULL, "government", NULL,
    "Novi Sad", "Serbia", FALSE },
  { "izjz-nis", "Institute for Public Health Niš", NULL, "government", NULL, "Niš", "Serbia",
    FALSE },
  { "csr-bg", "City Centre for Social Work Belgrade", NULL, "government", NULL, "Beograd",
    "Serbia", FALSE },
  { "csr-ns", "Centre for Social Work Novi Sad", NULL, "government", NULL, "Novi Sad", "Serbia",
    FALSE },
  { "csr-nis", "Centre for Social Work Niš", NULL, "government", NULL, "Niš", "Serbia", FALSE },
  { "se-presidency", "Swedish Presidency of the Council of the EU", NULL, "government", NULL,
    "Stockholm", "Sweden", FALSE },
  { "me-moh", "Ministry of Health of Montenegro", NULL, "government", NULL, "Podgorica",
    "Montenegro", FALSE },
  { "ba-mos", "Ministry of Security of Bosnia and Herzegovina", NULL, "government", NULL,
    "Sarajevo", "Bosnia and Herzegovina", FALSE },
  { "mk-moh", "Ministry of Health of North Macedonia", NULL, "government", NULL, "Skopje",
    "North Macedonia", FALSE },
  { "al-moh", "Ministry of Health and Social Protection of Albania", NULL, "government", NULL,
    "Tirana", "Albania", FALSE },
  { "unodc", "United Nations Office on Drugs and Crime", "UNODC", "international", NULL,
    "Vienna", "Austria", FALSE },
  { "unodc-see", "UNODC South-Eastern Europe", "UNODC SEE", "international", "unodc", NULL,
    NULL, FALSE },
  { "unodc-prts", "UNODC Prevention, Treatment and Rehabilitation Section", "UNODC PRTS",
    "international", "unodc", "Vienna", "Austria", FALSE },
  { "unhcr", "UNHCR Representation in Serbia", "UNHCR", "international", NULL, "Beograd",
    "Serbia", FALSE },
  { "osce", "OSCE Mission to Serbia", "OSCE", "international", NULL, "Beograd", "Serbia",
    FALSE },
  { "emcdda", "European Monitoring Centre for Drugs and Drug Addiction", "EMCDDA",
    "international", NULL, "Lisbon", "Portugal", FALSE },
  { "europol", "European Union Agency for Law Enforcement Cooperation", "Europol",
    "international", NULL, "The Hague", "Netherlands", FALSE },
  { "ec", "European Commission", NULL, "international", NULL, "Brussels", "Belgium", FALSE },
  { "council-eu", "Council of the European Union", NULL, "international", NULL, "Brussels",
    "Belgium", FALSE },
  { "ifrc", "International Federation of Red Cross and Red Crescent Societies", "IFRC",
    "international", NULL, "Geneva", "Switzerland", FALSE },
  { "rc2", "Rome Consensus 2.0", NULL, "international", NULL, "Rome", "Italy", FALSE },
  { "dpnsee", "Drug Policy Network South East Europe", "DPNSEE", "civil-society", NULL,
    "Beograd", "Serbia", FALSE },
  { "izlazak", "Izlazak", NULL, "civil-society", NULL, NULL, "Serbia", FALSE },
  { "regen", "Re Generation", "ReGeneration", "civil-society", NULL, "Beograd", "Serbia",
    FALSE },
  { "prevent", "Prevent", NULL, "civil-society", NULL, "Novi Sad", "Serbia", FALSE },
  { "duga", "Asocijacija Duga", "Duga", "civil-society", NULL, NULL, "Serbia", FALSE },
  { "toc", "Timočki omladinski centar", "Timok Youth Centre", "civil-society", NULL, "Zaječar",
    "Serbia", FALSE },
  { "novaplus", "Nova Plus", NULL, "civil-society", NULL, NULL, "Serbia", FALSE },
  { "jazas", "JAZAS Požarevac", "JAZAS", "civil-society", NULL, "Požarevac", "Serbia", FALSE },
  { "kokoro", "Kokoro", NULL, "civil-society", NULL, "Novi Sad", "Serbia", FALSE },
  { "zemlja", "Zemlja živih", NULL, "civil-society", NULL, "Novi Sad", "Serbia", FALSE },
  { "philanthropy", "Philanthropy", NULL, "civil-society", NULL, "Beograd", "Serbia", FALSE },
  { "maraini", "Villa Maraini Foundation", NULL, "civil-society", NULL, "Rome", "Italy", FALSE },
  { "cri", "Italian Red Cross", NULL, "civil-society", NULL, "Rome", "Italy", FALSE },
  /* The documents count 11 organisations under the 2018 Memorandum but name 10, and 4 more
   * joined in 2019 unnamed: these five stand in for them. */
  { "mou-11", "Udruženje Svitanje", NULL, "civil-society", NULL, "Kragujevac", "Serbia", TRUE },
  { "new-1", "Centar Oslonac", NULL, "civil-society", NULL, "Čačak", "Serbia", TRUE },
  { "new-2", "Udruženje Putokaz", NULL, "civil-society", NULL, "Subotica", "Serbia", TRUE },
  { "new-3", "Mreža Pružena ruka", NULL, "civil-society", NULL, "Kraljevo", "Serbia", TRUE },
  { "new-4", "Udruženje Novi horizont", NULL, "civil-society", NULL, "Valjevo", "Serbia", TRUE },
  { "faculty-med", "Faculty of Medicine, University of Belgrade", NULL, "academic", NULL,
    "Beograd", "Serbia", FALSE },
};

typedef struct {
  const char *key;
  const char *name;
  const char *address;
  const char *city;
  const char *country;
  const char *notes;
} DemoVenue;

static const DemoVenue sample_venues[] = {
  { "palace", "Palace of Serbia", "Bulevar Mihajla Pupina 2, Novi Beograd", "Beograd",
    "Serbia", NULL },
  { "klub", "Klub poslanika", "Tolstojeva 2", "Beograd", "Serbia", NULL },
  { "opens", "OPENS", NULL, "Novi Sad", "Serbia", NULL },
  { "eu-nis", "EU info point Niš", NULL, "Niš", "Serbia", NULL },
  { "villa", "Villa Maraini", NULL, "Rome", "Italy", NULL },
  { "brussels", "Council of the European Union, Brussels", NULL, "Brussels", "Belgium",
    "The documents say only “Brussels”." },
  { "ocd-office", "Office for Combating Drugs", NULL, "Beograd", "Serbia", NULL },
};

typedef struct {
  const char *key;
  const char *venue;
  const char *name;
  guint       capacity;
} DemoRoom;

/* Invented: the documents name no rooms. */
static const DemoRoom sample_rooms[] = {
  { "palace-hall", "palace", "Large conference hall", 150 },
  { "palace-salon", "palace", "Salon 2", 40 },
  { "klub-hall", "klub", "Great hall", 200 },
  { "klub-salon", "klub", "Small salon", 40 },
};

typedef struct {
  const char *key;
  const char *name;
  const char *donor;
  const char *start_date;
  const char *notes;
} DemoProject;

static const DemoProject sample_projects[] = {
  { "recovery", "I choose recovery", NULL, NULL,
    "Project of the Association Izlazak, with the strategic support of the Office for "
    "Combating Drugs." },
  /* The documents call the project UNODC-led and name no other funder: UNODC stands as the
   * donor. */
  { "emergency", "Emergency support for the provision of HIV and Harm Reduction services among "
    "key populations in Ukraine and refugees in selected neighbouring countries", "unodc", NULL,
    "UNODC-led; in Serbia run by DPNSEE with Prevent, Timok Youth Centre, Duga and "
    "Re Generation." },
  /* "Starting in July 2021": the day is not known, the first is assumed. */
  { "listen", "Listen first", NULL, "2021-07-01",
    "A global UNODC campaign on listening to children and young people, run in Serbia since "
    "July 2021: ten units, animated videos and a pamphlet for parents, teachers and policy "
    "makers." },
};

typedef struct {
  const char *key;
  const char *given;
  const char *family;
  const char *other_script;
  const char *honorific;
  const char *gender;
  const char *position;
  const char *organisation;
  const char *city;
  const char *country;
  gboolean    trainer;
  const char *expertise;
  const char *bio;
} DemoPerson;

/* The people the documents name, with what the documents say about them and no more: no
 * email or phone, since these are real people. */
static const DemoPerson sample_people[] = {
  { "milutin", "Milutin", "Milošević", "Милутин Милошевић", NULL, "male", "Executive Director",
    "dpnsee", "Beograd", "Serbia", FALSE, "Drug policy; human rights", NULL },
  { "djurasovic", "Nebojša", "Djurasović", "Небојша Ђурасовић", NULL, "male",
    "President of DPNSEE", "prevent", "Novi Sad", "Serbia", FALSE, NULL, NULL },
  { "molnar", "Irena", "Molnar", "Ирена Молнар", NULL, "female", "Trainer", "regen", "Beograd",
    "Serbia", TRUE,
    "Gender-responsive HIV and harm reduction services; women who use drugs; gender-based "
    "violence",
    "Trainer at ReGeneration. Works on the competencies of social protection staff in working "
    "with women who have survived violence and use drugs, and with young people at risk." },
  { "pejic", "Stefan", "Pejić", "Стефан Пејић", NULL, "male", "Trainer", "regen", "Beograd",
    "Serbia", TRUE, "Stigma and discrimination; co-dependency and trauma",
    "Trainer at ReGeneration; trained service providers and shelter staff at the 2023 "
    "workshops on women, violence and the use of drugs." },
  { "capoccia", "Victor Anthony", "Capoccia", NULL, NULL, "male", "International trainer", NULL,
    NULL, "United States", TRUE, "Quality assurance of drug use disorder treatment systems",
    "International trainer from the USA for the UNODC training on quality assurance of drug use "
    "disorder treatment systems, built on the International standards for the treatment of "
    "drug use disorders." },
  { "clausen", "Thomas", "Clausen", NULL, NULL, "male", "International trainer", NULL, NULL,
    "Norway", TRUE, "Quality assurance of drug use disorder treatment systems",
    "International trainer from Norway for the UNODC training on quality assurance of drug use "
    "disorder treatment systems." },
  { "joksimovic", "Ivana", "Joksimović", "Ивана Јоксимовић", NULL, "female",
    "Assistant Minister", "mhmr", "Beograd", "Serbia", FALSE, "Human rights", NULL },
  { "vojnovic", "Jovan", "Vojnović", "Јован Војновић", NULL, "male",
    "Representative of the Office", "ocd", "Beograd", "Serbia", FALSE, NULL, NULL },
  { "muratbegovic", "Elmedin", "Muratbegović", "Елмедин Муратбеговић", "Prof. Dr.", "male",
    NULL, NULL, NULL, NULL, FALSE, "Research on stigma and social exclusion", NULL },
  { "glavendekic", "Žana", "Glavendekić", "Жана Главендекић", NULL, "female",
    "Project Officer", "unodc-see", NULL, "Serbia", FALSE, NULL, NULL },
  { "gamboa", "Christina", "Gamboa-Riano", NULL, NULL, "female", NULL, "unodc", NULL, NULL,
    FALSE, NULL, NULL },
  { "pekic", "Milan", "Pekić", "Милан Пекић", NULL, "male", "Acting Director", "ocd",
    "Beograd", "Serbia", FALSE, NULL, NULL },
  { "hren", "Jože", "Hren", NULL, NULL, "male",
    "Representative of the delegation of the Republic of Slovenia", NULL, NULL, "Slovenia",
    FALSE, NULL, NULL },
  { "piantedosi", "Matteo", "Piantedosi", NULL, NULL, "male", "Interior Minister of Italy",
    NULL, NULL, "Italy", FALSE, NULL, NULL },
  { "silli", "Giorgio", "Silli", NULL, NULL, "male",
    "Vice Minister for Foreign Affairs of Italy", NULL, NULL, "Italy", FALSE, NULL, NULL },
};

typedef struct {
  const char *key;
  const char *title;
  const char *kind;
  const char *start_date;
  const char *end_date;
  const char *venue;
  const char *room;
  const char *city;
  const char *project;
  const char *language;
  const char *description;
  const char *topics;
  const char *notes;
  guint       participants;     /* as the documents count them, named participants included */
  guint       female_percent;
  const char *once;             /* one invented participant from each of these */
  const char *pool;             /* the rest drawn from these */
  guint       declined;         /* registered, then did not come */
} DemoEvent;

/* Organisation keys, or "@Country" (with "_" for a space) for someone who came on their own. */
#define ROME_COUNTRIES \
  "@Spain @Portugal @Greece @Sweden @Norway @Netherlands @Germany @France @Belgium " \
  "@Switzerland @Austria @Hungary @Poland @United_Kingdom @Ireland @Ukraine @Georgia @Kenya " \
  "@Colombia @Canada @United_States @Lebanon @Serbia @Croatia @Slovenia @Albania " \
  "@Bosnia_and_Herzegovina @North_Macedonia"

#define WOMEN_DESCRIPTION \
  " for service providers and shelter staff on gender-responsive HIV and harm reduction " \
  "services, healthcare and social needs of women who use drugs, stigma, discrimination and " \
  "prevention of gender-based violence."

static const DemoEvent sample_events[] = {
  { "consultations", "Consultations with civil society organisations", "meeting", "2019-02-25",
    "2019-02-25", "ocd-office", NULL, "Beograd", NULL, "Serbian",
    "Meeting of the Office with the 11 civil society organisations that signed the 2018 "
    "Memorandum of Understanding and 4 that joined since: proposals for amendments to the "
    "Criminal Law on drug-related offences, accreditation of services of civil society "
    "organisations, the new Action plan for the National Drug Strategy.",
    NULL, "One representative per organisation.", 15, 60,
    "novaplus izlazak regen prevent duga toc jazas kokoro zemlja mou-11 new-1 new-2 new-3 new-4",
    NULL, 0 },
  { "policy-2019", "UNODC Workshop for Policy Makers on the Nature, Prevention and Treatment of "
    "Drug Use Disorders", "workshop", "2019-05-20", "2019-05-22", NULL, NULL, "Beograd", NULL,
    "Serbian, English",
    "Interactive workshop built on the UNODC manual for the training of policymakers on the "
    "nature, prevention and treatment of drug use disorders, for decision makers in health, "
    "interior, education, justice and social affairs.",
    NULL, "All participants received UNODC certificates at the end of the workshop.", 24, 55,
    "moh moi moe moj molsa batut ocd kirs", "moh moi moe moj molsa batut sbbz imh csr-bg", 0 },
  { "cohesion", "Social Cohesion and Building Sustainable Recovery – Response to Stigma and "
    "Social Exclusion", "conference", "2021-09-06", "2021-09-06", "klub", "klub-hall", "Beograd",
    "recovery", "Serbian",
    "Results of research on stigma among professionals working with people who use drugs and "
    "people in recovery (184 and 287 respondents); gradual support against relapse, "
    "resocialisation and social integration; the “Listen first” campaign.",
    NULL, "Organised by the Association Izlazak with the strategic support of the Office.",
    38, 65,
    "ocd moh moj batut imh sbbz csr-bg unodc-see osce faculty-med regen prevent duga novaplus "
    "toc jazas kokoro",
    "ocd moh batut imh sbbz csr-bg regen prevent duga novaplus toc jazas kokoro zemlja "
    "faculty-med", 2 },
  /* The documents give no date; January 2023 is before the project's first workshop. */
  { "launch", "Launching the project in Serbia", "meeting", "2023-01-19", "2023-01-19", "palace",
    "palace-hall", "Beograd", "emergency", "Serbian",
    "Presentation of the project to possible partners in Serbia: background, aims and "
    "activities, and the situation in Ukraine, Russia and Serbia.",
    NULL, "Date assumed: the documents say only 2023.", 18, 60,
    "moh moi batut kirs unhcr philanthropy toc duga regen ocd",
    "moh moi batut kirs unhcr philanthropy ocd", 1 },
  /* No date either: the first of the three workshops, reported just before the Rome summit. */
  { "women-belgrade", "Women, Violence, and the Use of Drugs — Belgrade", "workshop",
    "2023-04-27", "2023-04-27", "palace", "palace-salon", "Beograd", "emergency", "Serbian",
    "Workshop 1 of 3" WOMEN_DESCRIPTION,
    "Drug use, HIV and violence – the specificities of risk in women\n"
    "Basic concepts, definitions, intersectionality – sexism, sexual, sexualized and "
    "gender-based violence\n"
    "Access to services and needs for women living with HIV and/or using psychoactive "
    "controlled substances\n"
    "My bad habit – co-dependency and trauma",
    "Held in the Palace of Serbia thanks to the support of the Office. Date assumed: the "
    "documents say only 2023.", 16, 80,
    "ocd csr-bg kirs batut moh prevent duga toc novaplus izlazak",
    "csr-bg ocd kirs prevent duga novaplus izlazak sbbz", 0 },
  { "women-novi-sad", "Women, Violence, and the Use of Drugs — Novi Sad", "workshop",
    "2023-05-19", "2023-05-19", "opens", NULL, "Novi Sad", "emergency", "Serbian",
    "Workshop 2 of 3" WOMEN_DESCRIPTION, NULL,
    "Content based on the training accredited by the Chamber of Social Work.", 14, 85,
    "prevent kokoro zemlja csr-ns izjz-ns", "csr-ns prevent kokoro zemlja", 0 },
  { "women-nis", "Women, Violence, and the Use of Drugs — Niš", "workshop", "2023-05-21",
    "2023-05-21", "eu-nis", NULL, "Niš", "emergency", "Serbian",
    "Workshop 3 of 3" WOMEN_DESCRIPTION, NULL,
    "Content based on the training accredited by the Chamber of Social Work.", 12, 85,
    "csr-nis izjz-nis toc duga", "csr-nis izjz-nis toc", 0 },
  { "rome", "Rome Consensus 2.0 Summit", "summit", "2023-05-02", "2023-05-05", "villa", NULL,
    "Rome", NULL, "English",
    "Strategic meeting of humanitarian practitioners, activists and experts on drug policy, "
    "treatment, diversion and deflection with the Red Cross and Red Crescent family; field "
    "visits with the Villa Maraini Foundation; a final declaration.",
    NULL,
    "More than 100 experts from 29 countries took part. This sample register holds 40 of them "
    "– at least one from each of the 29 countries – and the speakers and guests the documents "
    "name.", 40, 50,
    "rc2 maraini ifrc cri " ROME_COUNTRIES,
    "maraini cri ifrc @Italy @Spain @Portugal @Greece @Netherlands @Germany @Ukraine", 0 },
  { "brussels", "EU – Western Balkans Expert Meeting on Drugs", "meeting", "2023-05-25",
    "2023-05-25", "brussels", NULL, "Brussels", NULL, "English",
    "Exchange on drug policies in the Western Balkans, current trends and challenges, and "
    "cooperation between EU and Western Balkan institutions.",
    NULL, "Within the Swedish Presidency of the Council of the EU.", 24, 50,
    "ocd se-presidency council-eu ec emcdda europol me-moh ba-mos mk-moh al-moh",
    "ocd me-moh ba-mos mk-moh al-moh ec @Germany @Italy @Netherlands @France @Spain @Portugal "
    "@Greece @Belgium @Austria @Hungary @Poland @Croatia @Slovenia @Ireland", 0 },
  /* "Three-day", in 2023, reported with the December meeting: late November is assumed. */
  { "quality", "Training on Quality Assurance for Drug Use Disorder Treatment Systems",
    "training", "2023-11-28", "2023-11-30", NULL, NULL, "Beograd", NULL, "English, Serbian",
    "Training to help stakeholders review national drug use disorder treatment systems, "
    "identify gaps and plan improvements, following the International standards for the "
    "treatment of drug use disorders (UNODC and WHO).",
    NULL, "Dates assumed: the documents say only three days in 2023.", 25, 65,
    "izlazak moh batut imh sbbz kovin toponica vrsac csr-bg csr-nis izjz-ns",
    "sbbz kovin toponica vrsac imh batut csr-bg csr-ns csr-nis izjz-ns izjz-nis moh", 0 },
  { "evawud", "Eliminate Violence Against Women Who Use Drugs", "meeting", "2023-12-08",
    "2023-12-08", "palace", "palace-salon", "Beograd", NULL, "Serbian",
    "Human rights of marginalised communities, the EVAWUD campaign, work with women who "
    "survived violence and use drugs, the shelter for sex workers in Novi Sad.",
    NULL, "With the support of the Office for Combating Drugs.", 22, 75,
    "mhmr moh batut unodc-see ocd prevent regen duga toc izlazak novaplus",
    "mhmr moh batut ocd prevent regen duga toc izlazak novaplus kokoro zemlja csr-bg", 1 },
};

typedef struct {
  const char *event;
  const char *key;   /* an organisation or a person */
  const char *role;
} DemoLink;

static const DemoLink sample_event_organisations[] = {
  { "consultations", "ocd", "organiser" },
  { "policy-2019", "ocd", "organiser" },
  { "policy-2019", "unodc", "co-organiser" },
  { "cohesion", "izlazak", "organiser" },
  { "cohesion", "ocd", "supporter" },
  { "launch", "dpnsee", "organiser" },
  { "launch", "prevent", "partner" },
  { "launch", "toc", "partner" },
  { "launch", "duga", "partner" },
  { "launch", "regen", "partner" },
  { "launch", "unodc", "donor" },
  { "launch", "ocd", "supporter" },
  { "women-belgrade", "dpnsee", "organiser" },
  { "women-belgrade", "regen", "partner" },
  { "women-belgrade", "ocd", "supporter" },
  { "women-belgrade", "unodc", "donor" },
  { "women-novi-sad", "dpnsee", "organiser" },
  { "women-novi-sad", "regen", "partner" },
  { "women-novi-sad", "unodc", "donor" },
  { "women-nis", "dpnsee", "organiser" },
  { "women-nis", "regen", "partner" },
  { "women-nis", "unodc", "donor" },
  { "rome", "rc2", "organiser" },
  { "rome", "maraini", "co-organiser" },
  { "rome", "ifrc", "partner" },
  { "brussels", "se-presidency", "organiser" },
  { "quality", "unodc-prts", "organiser" },
  { "quality", "moh", "supporter" },
  { "quality", "unodc-see", "partner" },
  { "evawud", "dpnsee", "organiser" },
  { "evawud", "ocd", "supporter" },
};

/* The documents name Milan Pekić at the 2018 signing of the Memorandum; as the Office's acting
 * director he stands as the organiser of its 2019 consultations with the same organisations. */
static const DemoLink sample_event_people[] = {
  { "consultations", "milutin", "participant" },
  { "consultations", "pekic", "organiser" },
  { "cohesion", "muratbegovic", "speaker" },
  { "cohesion", "vojnovic", "speaker" },
  { "launch", "milutin", "organiser" },
  { "launch", "djurasovic", "speaker" },
  { "launch", "glavendekic", "speaker" },
  { "women-belgrade", "molnar", "trainer" },
  { "women-belgrade", "pejic", "trainer" },
  { "women-novi-sad", "molnar", "trainer" },
  { "women-novi-sad", "pejic", "trainer" },
  { "women-nis", "molnar", "trainer" },
  { "women-nis", "pejic", "trainer" },
  { "rome", "milutin", "speaker" },
  { "rome", "piantedosi", "guest" },
  { "rome", "silli", "guest" },
  { "brussels", "hren", "speaker" },
  { "quality", "capoccia", "trainer" },
  { "quality", "clausen", "trainer" },
  { "quality", "gamboa", "organiser" },
  { "quality", "glavendekic", "organiser" },
  { "quality", "milutin", "participant" },
  { "evawud", "joksimovic", "speaker" },
  { "evawud", "milutin", "speaker" },
  { "evawud", "molnar", "speaker" },
  { "evawud", "djurasovic", "speaker" },
};

/* ------------------------------------------------------------------------------------------ */
/* The sample register: filling                                                               */
/* ------------------------------------------------------------------------------------------ */

static const DemoOrganisation *
sample_organisation (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_organisations); i++)
    if (g_str_equal (sample_organisations[i].key, key))
      return &sample_organisations[i];
  g_critical ("The sample register has no organisation “%s”", key);
  return NULL;
}

static gboolean
fill_sample_organisations (DemoRun  *run,
                           GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_organisations); i++)
    {
      const DemoOrganisation *o = &sample_organisations[i];
      g_autoptr(SkupRecord) record = SKUP_RECORD (skup_organisation_new ());
      gint64 id;

      skup_record_set_string (record, "name", o->name);
      skup_record_set_string (record, "short-name", o->short_name);
      skup_record_set_string (record, "sector", o->sector);
      skup_record_set_int (record, "parent-id", run_get_id (run, o->parent));
      skup_record_set_string (record, "city", o->city);
      skup_record_set_string (record, "country", o->country);
      if (o->invented)
        skup_record_set_string (record, "notes", "Invented for the sample register.");
      id = find_or_save (run, record, &run->stats->organisations, NULL, error);
      if (id == 0)
        return FALSE;
      run_set_id (run, o->key, id);
    }
  return TRUE;
}

/* The id of the room called @name in @venue_id, or 0. */
static gboolean
find_room (SkupStore  *store,
           gint64      venue_id,
           const char *name,
           gint64     *out_id,
           GError    **error)
{
  SkupQuery query = { .filter_field = "venue-id", .filter_value = venue_id };
  g_autoptr(GListModel) rooms = skup_store_list (store, SKUP_TYPE_ROOM, &query, error);

  *out_id = 0;
  if (rooms == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rooms) && *out_id == 0; i++)
    {
      g_autoptr(SkupRecord) room = g_list_model_get_item (rooms, i);

      if (g_strcmp0 (skup_record_get_string (room, "name"), name) == 0)
        *out_id = skup_record_get_id (room);
    }
  return TRUE;
}

static gboolean
fill_sample_rooms (DemoRun    *run,
                   const char *venue_key,
                   gint64      venue_id,
                   GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_rooms); i++)
    {
      const DemoRoom *r = &sample_rooms[i];
      g_autoptr(SkupRecord) room = NULL;
      gint64 id;

      if (!g_str_equal (r->venue, venue_key))
        continue;
      if (!find_room (run->store, venue_id, r->name, &id, error))
        return FALSE;
      if (id == 0)
        {
          room = SKUP_RECORD (skup_room_new ());
          skup_record_set_string (room, "name", r->name);
          skup_record_set_int (room, "venue-id", venue_id);
          skup_record_set_int (room, "capacity", r->capacity);
          skup_record_set_string (room, "notes", "Invented for the sample register.");
          if (!skup_store_save (run->store, room, error))
            return FALSE;
          id = skup_record_get_id (room);
        }
      run_set_id (run, r->key, id);
    }
  return TRUE;
}

static gboolean
fill_sample_venues (DemoRun  *run,
                    GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_venues); i++)
    {
      const DemoVenue *v = &sample_venues[i];
      g_autoptr(SkupRecord) record = SKUP_RECORD (skup_venue_new ());
      gint64 id;

      skup_record_set_string (record, "name", v->name);
      skup_record_set_string (record, "address", v->address);
      skup_record_set_string (record, "city", v->city);
      skup_record_set_string (record, "country", v->country);
      skup_record_set_string (record, "notes", v->notes);
      id = find_or_save (run, record, &run->stats->venues, NULL, error);
      if (id == 0 || !fill_sample_rooms (run, v->key, id, error))
        return FALSE;
      run_set_id (run, v->key, id);
    }
  return TRUE;
}

static gboolean
fill_sample_projects (DemoRun  *run,
                      GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_projects); i++)
    {
      const DemoProject *p = &sample_projects[i];
      g_autoptr(SkupRecord) record = SKUP_RECORD (skup_project_new ());
      gint64 id;

      skup_record_set_string (record, "name", p->name);
      skup_record_set_int (record, "donor-id", run_get_id (run, p->donor));
      skup_record_set_string (record, "start-date", p->start_date);
      skup_record_set_string (record, "notes", p->notes);
      id = find_or_save (run, record, &run->stats->projects, NULL, error);
      if (id == 0)
        return FALSE;
      run_set_id (run, p->key, id);
    }
  return TRUE;
}

static gboolean
fill_sample_people (DemoRun  *run,
                    GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_people); i++)
    {
      const DemoPerson *p = &sample_people[i];
      DemoName name = { (char *) p->given, (char *) p->family, (char *) p->other_script, NULL,
                        p->gender, p->country };
      g_autoptr(SkupRecord) record = person_record (&name, run_get_id (run, p->organisation),
                                                    p->position, p->city);
      g_autofree char *full = g_strdup_printf ("%s %s", p->given, p->family);
      gint64 id;

      skup_record_set_string (record, "honorific", p->honorific);
      skup_record_set_bool (record, "is-trainer", p->trainer);
      skup_record_set_string (record, "expertise", p->expertise);
      skup_record_set_string (record, "bio", p->bio);
      run_take_name (run, full);
      id = find_or_save (run, record, &run->stats->people, NULL, error);
      if (id == 0)
        return FALSE;
      run_set_id (run, p->key, id);
    }
  return TRUE;
}

/* Someone from @organisation_id who came to an earlier event and not yet to this one, a
 * quarter of the time: the same people come back over the years. */
static gint64
returning_person (DemoRun    *run,
                  gint64      organisation_id,
                  GHashTable *taken)
{
  gboolean returns = percent (run->rand, 25);
  GArray *before = g_hash_table_lookup (run->org_people, &organisation_id);
  gint64 id;

  if (!returns || before == NULL)
    return 0;
  id = g_array_index (before, gint64, g_rand_int_range (run->rand, 0, before->len));
  return g_hash_table_contains (taken, &id) ? 0 : id;
}

static void
remember_person (DemoRun *run,
                 gint64   organisation_id,
                 gint64   person_id)
{
  GArray *before = g_hash_table_lookup (run->org_people, &organisation_id);

  if (before == NULL)
    {
      before = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (run->org_people, g_memdup2 (&organisation_id, sizeof organisation_id),
                           before);
    }
  g_array_append_val (before, person_id);
}

static gint64
new_sample_person (DemoRun                *run,
                   const DemoEvent        *event,
                   const DemoOrganisation *org,
                   const char             *country,
                   GError                **error)
{
  gint64 organisation_id = org != NULL ? run_get_id (run, org->key) : 0;
  gboolean female = percent (run->rand, event->female_percent);
  gboolean consent = percent (run->rand, 75);
  const char *position = draw_position (run->rand, org != NULL ? org->sector : NULL);
  g_auto(DemoName) name = { 0 };
  g_autoptr(SkupRecord) record = NULL;
  gint64 id;

  draw_name (run, run->rand, run_get_bank (run, country), female, TRUE, 85, &name);
  record = person_record (&name, organisation_id, position, org != NULL ? org->city : NULL);
  if (consent)
    skup_record_set_string (record, "consent-date", event->start_date);
  skup_record_set_bool (record, "photo-consent", consent && percent (run->rand, 60));
  id = find_or_save (run, record, &run->stats->people, NULL, error);
  if (id != 0 && organisation_id != 0)
    remember_person (run, organisation_id, id);
  return id;
}

/* An invented participant from @entry: an organisation key, or "@Country". */
static gint64
sample_participant (DemoRun          *run,
                    const DemoEvent  *event,
                    const char       *entry,
                    GHashTable       *taken,
                    GError          **error)
{
  const DemoOrganisation *org = entry[0] == '@' ? NULL : sample_organisation (entry);
  g_autofree char *country = g_strdup (org != NULL ? org->country : entry + 1);
  gint64 id = 0;

  if (country != NULL)
    g_strdelimit (country, "_", ' ');
  if (org != NULL)
    id = returning_person (run, run_get_id (run, org->key), taken);
  if (id == 0)
    id = new_sample_person (run, event, org, country, error);
  if (id != 0)
    g_hash_table_add (taken, g_memdup2 (&id, sizeof id));
  return id;
}

static gboolean
add_registration (GArray     *registrations,
                  gint64      person_id,
                  const char *role,
                  const char *status)
{
  DemoRegistration registration = { person_id, role, status, g_str_equal (status, "confirmed") };

  if (person_id == 0)
    return FALSE;
  g_array_append_val (registrations, registration);
  return TRUE;
}

/* The people the documents name at @event; returns how many of them are participants. */
static guint
add_named_people (DemoRun         *run,
                  const DemoEvent *event,
                  GArray          *registrations,
                  GHashTable      *taken)
{
  guint participants = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sample_event_people); i++)
    {
      const DemoLink *link = &sample_event_people[i];
      gint64 id;

      if (!g_str_equal (link->event, event->key))
        continue;
      id = run_get_id (run, link->key);
      add_registration (registrations, id, link->role, "confirmed");
      g_hash_table_add (taken, g_memdup2 (&id, sizeof id));
      participants += !is_staff_role (link->role);
    }
  return participants;
}

/* Everyone at @event: the people the documents name, one invented participant from each
 * organisation in event->once, more from event->pool up to the documented number, and a few
 * who registered but did not come. The people are made (or found) even when the event exists
 * already, so that the draws, and so every later event, come out the same. */
static GArray *
sample_registrations (DemoRun          *run,
                      const DemoEvent  *event,
                      GError          **error)
{
  g_autoptr(GArray) registrations = g_array_new (FALSE, FALSE, sizeof (DemoRegistration));
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_auto(GStrv) once = g_strsplit (event->once, " ", -1);
  g_auto(GStrv) pool = g_strsplit (event->pool != NULL ? event->pool : event->once, " ", -1);
  guint n_pool = g_strv_length (pool);
  guint named = add_named_people (run, event, registrations, taken);
  guint invented = event->participants - named;

  g_assert (invented >= g_strv_length (once));
  for (guint i = 0; i < invented + event->declined; i++)
    {
      const char *entry = i < g_strv_length (once) ? once[i]
                          : pool[g_rand_int_range (run->rand, 0, n_pool)];
      const char *status = i < invented ? "confirmed" : (i % 2 ? "declined" : "cancelled");
      gint64 id = sample_participant (run, event, entry, taken, error);

      if (!add_registration (registrations, id, "participant", status))
        return NULL;
    }
  return g_steal_pointer (&registrations);
}

static gboolean
add_sample_event_organisations (DemoRun          *run,
                                const DemoEvent  *event,
                                gint64            event_id,
                                GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_event_organisations); i++)
    {
      const DemoLink *link = &sample_event_organisations[i];

      if (g_str_equal (link->event, event->key) &&
          !skup_store_add_event_organisation (run->store, event_id, run_get_id (run, link->key),
                                              link->role, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
save_sample_event (DemoRun          *run,
                   const DemoEvent  *event,
                   gboolean         *out_is_new,
                   GError          **error)
{
  g_autoptr(SkupRecord) record = SKUP_RECORD (skup_event_new ());

  skup_record_set_string (record, "title", event->title);
  skup_record_set_string (record, "kind", event->kind);
  skup_record_set_string (record, "description", event->description);
  skup_record_set_string (record, "start-date", event->start_date);
  skup_record_set_string (record, "end-date", event->end_date);
  skup_record_set_int (record, "venue-id", run_get_id (run, event->venue));
  skup_record_set_int (record, "room-id", run_get_id (run, event->room));
  skup_record_set_string (record, "city", event->city);
  skup_record_set_int (record, "project-id", run_get_id (run, event->project));
  skup_record_set_string (record, "language", event->language);
  skup_record_set_string (record, "status", "held");
  skup_record_set_string (record, "topics", event->topics);
  skup_record_set_string (record, "notes", event->notes);
  return find_or_save (run, record, &run->stats->events, out_is_new, error);
}

/* An event that exists already is left as it is: its registrations are someone's work. */
static gboolean
fill_sample_event (DemoRun          *run,
                   guint             index,
                   const DemoEvent  *event,
                   GError          **error)
{
  gboolean is_new = FALSE;
  gint64 event_id = save_sample_event (run, event, &is_new, error);
  g_autoptr(GArray) registrations = NULL;
  g_autoptr(GRand) rand = NULL;

  if (event_id == 0)
    return FALSE;
  registrations = sample_registrations (run, event, error);
  if (registrations == NULL)
    return FALSE;
  if (!is_new)
    return TRUE;
  rand = g_rand_new_with_seed (SAMPLE_SEED + index);
  return add_sample_event_organisations (run, event, event_id, error) &&
         register_people (run, rand, event_id, registrations, error);
}

static gboolean
fill_sample (DemoRun  *run,
             GError  **error)
{
  if (!fill_sample_organisations (run, error) ||
      !fill_sample_venues (run, error) ||
      !fill_sample_projects (run, error) ||
      !fill_sample_people (run, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (sample_events); i++)
    if (!fill_sample_event (run, i, &sample_events[i], error))
      return FALSE;
  return TRUE;
}

/**
 * skup_demo_fill_sample:
 * @store: the register
 * @stats: (out caller-allocates) (optional): what was added
 * @error: return location for a #GError
 *
 * Fills @store with the events, venues, organisations, projects and people of the source
 * documents, and invented participants to the documented numbers, in one transaction.
 * Whatever exists already (by title) is kept and not added again, so a second run adds
 * nothing.
 *
 * Returns: %TRUE on success; on failure nothing was added
 */
gboolean
skup_demo_fill_sample (SkupStore      *store,
                       SkupDemoStats  *stats,
                       GError        **error)
{
  g_autoptr(DemoRun) run = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  run = demo_run_new (store, stats, SAMPLE_SEED);
  if (!skup_store_begin (store, error))
    return FALSE;
  if (!fill_sample (run, error))
    {
      skup_store_rollback (store);
      memset (run->stats, 0, sizeof *run->stats);
      return FALSE;
    }
  return skup_store_commit (store, error);
}

/* ------------------------------------------------------------------------------------------ */
/* The synthetic register: tables                                                             */
/* ------------------------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  guint       weight;
} Weighted;

/* Roughly by how much happens there. */
static const Weighted cities[] = {
  { "Beograd", 30 }, { "Novi Sad", 10 }, { "Niš", 8 }, { "Kragujevac", 5 }, { "Subotica", 3 },
  { "Zrenjanin", 2 }, { "Pančevo", 2 }, { "Čačak", 2 }, { "Novi Pazar", 2 }, { "Kraljevo", 2 },
  { "Leskovac", 2 }, { "Kruševac", 2 }, { "Šabac", 2 }, { "Smederevo", 1 }, { "Valjevo", 1 },
  { "Vranje", 1 }, { "Užice", 1 }, { "Sombor", 1 }, { "Požarevac", 1 }, { "Pirot", 1 },
  { "Zaječar", 1 }, { "Kikinda", 1 }, { "Sremska Mitrovica", 1 }, { "Jagodina", 1 },
  { "Vršac", 1 }, { "Bor", 1 }, { "Prokuplje", 1 }, { "Loznica", 1 }, { "Inđija", 1 },
  { "Ruma", 1 }, { "Bačka Palanka", 1 }, { "Aranđelovac", 1 }, { "Gornji Milanovac", 1 },
  { "Paraćin", 1 }, { "Negotin", 1 }, { "Knjaževac", 1 }, { "Bečej", 1 }, { "Senta", 1 },
  { "Stara Pazova", 1 }, { "Trstenik", 1 }, { "Prijepolje", 1 }, { "Tutin", 1 },
  { "Bujanovac", 1 }, { "Preševo", 1 }, { "Ivanjica", 1 }, { "Aleksinac", 1 }, { "Kovin", 1 },
  { "Raška", 1 },
};

/* Belgrade has one health centre, social work centre … per municipality. */
static const char * const belgrade_municipalities[] = {
  "Zemun", "Novi Beograd", "Čukarica", "Voždovac", "Zvezdara", "Palilula", "Rakovica", "Vračar",
  "Savski venac", "Stari grad", "Surčin", "Grocka", "Obrenovac", "Lazarevac", "Mladenovac",
  "Barajevo", "Sopot",
};

static const Weighted sectors[] = {
  { "government", 35 }, { "civil-society", 35 }, { "international", 4 }, { "academic", 10 },
  { "private", 8 }, { "media", 5 }, { "other", 3 },
};

static const char * const government_prefixes[] = {
  "Dom zdravlja", "Centar za socijalni rad", "Opšta bolnica", "Zavod za javno zdravlje",
  "Gradska uprava", "Policijska uprava", "Kancelarija za mlade", "Gerontološki centar",
  "Nacionalna služba za zapošljavanje, filijala", "Srednja medicinska škola",
  "Prekršajni sud", "Savetovalište za mlade", "Apoteka", "Predškolska ustanova",
  "Centar za porodični smeštaj", "Sigurna kuća", "Centar za kulturu", "Osnovni sud",
};
static const char * const civil_society_words[] = {
  "Sunce", "Most", "Iskra", "Oaza", "Nada", "Luča", "Korak", "Sidro", "Vidik", "Zora", "Izvor",
  "Kompas", "Sloga", "Veza", "Plavi krug", "Novi put", "Zeleni talas", "Otvorena vrata",
  "Sigurna kuća", "Mladi za mlade", "Snaga", "Sfera", "Impuls", "Polet", "Vetrenjača",
};
static const char * const civil_society_kinds[] = {
  "Udruženje", "Udruženje", "Omladinski centar", "Mreža", "Fondacija",
};
static const char * const civil_society_causes[] = {
  "Centar za mlade", "Centar za ljudska prava", "Centar za socijalnu inkluziju",
  "Centar za prevenciju zavisnosti", "Centar za smanjenje štete", "Centar za podršku ženama",
  "Centar za razvoj zajednice", "Centar za mentalno zdravlje", "Centar za prava deteta",
};
static const char * const international_names[] = {
  "UNICEF Serbia", "World Health Organization Country Office Serbia", "UNDP Serbia",
  "International Organization for Migration", "UN Women", "Council of Europe Office in Belgrade",
  "Delegation of the European Union to Serbia", "UNAIDS", "Pompidou Group", "UNFPA Serbia",
  "Swiss Agency for Development and Cooperation", "European Training Foundation",
};
static const char * const faculties[] = {
  "Medicinski fakultet", "Filozofski fakultet", "Pravni fakultet", "Fakultet političkih nauka",
  "Fakultet za specijalnu edukaciju i rehabilitaciju", "Fakultet bezbednosti",
  "Farmaceutski fakultet",
};
static const char * const departments[] = {
  "Katedra za socijalnu medicinu", "Katedra za psihijatriju", "Katedra za javno zdravlje",
  "Katedra za kriminologiju", "Katedra za socijalnu politiku", "Katedra za psihologiju",
  "Katedra za epidemiologiju", "Katedra za socijalni rad",
};
/* University towns and their locative, "Univerzitet u Nišu". */
static const char * const universities[][2] = {
  { "Beograd", "Beogradu" }, { "Novi Sad", "Novom Sadu" }, { "Niš", "Nišu" },
  { "Kragujevac", "Kragujevcu" }, { "Novi Pazar", "Novom Pazaru" },
};
static const char * const private_words[] = {
  "Konsalting Plus", "Medika", "Edukacija Pro", "Horizont", "Mozaik", "Kvadrat", "Pro Kontakt",
  "Info Tim", "Vita Lab", "Alfa Trening",
};
static const char * const media_prefixes[] = { "Radio", "TV", "Portal" };
static const char * const other_prefixes[] = {
  "Crveni krst", "Lokalna akciona grupa", "Sindikat zdravstvenih radnika",
};

static const char * const venue_kinds[] = {
  "Kulturni centar", "Dom omladine", "Regionalna privredna komora", "Gradska kuća",
  "Narodna biblioteka", "Kongresni centar", "Univerzitetski centar", "Hotel Central",
  "Hotel Park", "Hotel Sloboda", "Hotel Evropa", "Hotel Grand",
};
static const char * const streets[] = {
  "Kralja Petra I", "Bulevar oslobođenja", "Njegoševa", "Karađorđeva", "Vojvode Mišića",
  "Kneza Miloša", "Cara Dušana", "Svetog Save", "Trg slobode", "Nemanjina", "Kralja Milana",
  "Vuka Karadžića", "Bulevar Nemanjića", "Cara Lazara",
};

static const char * const topics[] = {
  "Harm reduction services", "Prevention of drug use in schools",
  "Treatment of drug use disorders", "Gender-based violence and drug use",
  "HIV testing and counselling", "Stigma and discrimination", "Drug policy and human rights",
  "Social reintegration after treatment", "Quality standards in drug treatment",
  "Working with families", "Overdose prevention", "Outreach work",
  "Data protection for service providers", "Monitoring and evaluation",
  "Early warning on new psychoactive substances", "Mental health of young people",
  "Alternatives to punishment", "Health care for refugees and migrants",
  "Community-based testing", "Psychosocial support",
};
static const char * const project_verbs[] = {
  "Strengthening", "Improving", "Scaling up", "Supporting", "Building capacity for",
};
static const char * const regions[] = {
  "Serbia", "Vojvodina", "Šumadija", "Southern Serbia", "Eastern Serbia", "Western Serbia",
  "Belgrade", "the Western Balkans",
};
static const char * const expertise_areas[] = {
  "harm reduction", "gender-based violence", "addiction treatment", "HIV prevention",
  "motivational interviewing", "drug policy", "prevention in schools", "quality assurance",
  "case management", "trauma-informed care", "peer support", "monitoring and evaluation",
};
static const char * const accreditation_bodies[] = {
  "Komora socijalne zaštite", "Zdravstveni savet Srbije",
};

typedef struct {
  const char *kind;
  guint       weight;
  const char *title;        /* the topic follows, lower-cased when @lower */
  gboolean    lower;
  const char *staff_role;
  guint       min_staff;
  guint       max_staff;
  guint       max_days;
} SynthKind;

static const SynthKind kinds[] = {
  { "workshop", 35, "Workshop on ", TRUE, "trainer", 1, 2, 5 },
  { "training", 25, "Training on ", TRUE, "trainer", 1, 2, 5 },
  { "meeting", 14, "Coordination meeting on ", TRUE, "facilitator", 1, 1, 2 },
  { "conference", 10, "Conference: ", FALSE, "speaker", 2, 4, 3 },
  { "webinar", 8, "Webinar: ", FALSE, "speaker", 1, 2, 1 },
  { "summit", 2, "Regional summit on ", TRUE, "speaker", 3, 5, 4 },
  { "other", 6, "Study visit: ", FALSE, "facilitator", 1, 1, 3 },
};

/* Most events last a day to three. */
static const guint day_weights[] = { 45, 25, 20, 6, 4 };

/* ------------------------------------------------------------------------------------------ */
/* The synthetic register: filling                                                            */
/* ------------------------------------------------------------------------------------------ */

static guint
pick_weighted (GRand          *rand,
               const Weighted *table,
               guint           n)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < n; i++)
    total += table[i].weight;
  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (roll < table[i].weight)
        return i;
      roll -= table[i].weight;
    }
  return n - 1;
}

static const char *
pick_city (GRand *rand)
{
  return cities[pick_weighted (rand, cities, G_N_ELEMENTS (cities))].name;
}

/* Where in @city an organisation is, as its name says it. */
static const char *
pick_place (GRand      *rand,
            const char *city)
{
  const char *municipality = PICK (rand, belgrade_municipalities);

  return g_str_equal (city, "Beograd") && g_rand_boolean (rand) ? municipality : city;
}

static char *
civil_society_name (GRand      *rand,
                    const char *place)
{
  const char *kind = PICK (rand, civil_society_kinds);
  const char *word = PICK (rand, civil_society_words);
  const char *cause = PICK (rand, civil_society_causes);
  guint shape = g_rand_int_range (rand, 0, 10);

  if (shape < 3)
    return g_strconcat (cause, " ", place, NULL);
  if (shape < 5)
    return g_strconcat (kind, " ", word, NULL);
  return g_strconcat (kind, " ", word, " ", place, NULL);
}

static char *
academic_name (GRand       *rand,
               const char **city)
{
  guint university = g_rand_int_range (rand, 0, G_N_ELEMENTS (universities));
  const char *faculty = PICK (rand, faculties);
  const char *department = PICK (rand, departments);

  *city = universities[university][0];
  if (g_rand_int_range (rand, 0, 10) < 3)
    return g_strconcat (faculty, " Univerziteta u ", universities[university][1], NULL);
  return g_strconcat (department, ", ", faculty, " Univerziteta u ", universities[university][1],
                      NULL);
}

static char *
organisation_name (GRand       *rand,
                   const char  *sector,
                   const char **city)
{
  const char *place = pick_place (rand, *city);

  if (g_str_equal (sector, "government"))
    return g_strconcat (PICK (rand, government_prefixes), " ", place, NULL);
  if (g_str_equal (sector, "civil-society"))
    return civil_society_name (rand, place);
  if (g_str_equal (sector, "international"))
    return g_rand_boolean (rand) ? g_strdup (PICK (rand, international_names))
                                 : g_strconcat (PICK (rand, international_names), ", office in ",
                                                *city, NULL);
  if (g_str_equal (sector, "academic"))
    return academic_name (rand, city);
  if (g_str_equal (sector, "private"))
    return g_strconcat (PICK (rand, private_words), " ", place, " d.o.o.", NULL);
  if (g_str_equal (sector, "media"))
    return g_strconcat (PICK (rand, media_prefixes), " ", place, NULL);
  return g_strconcat (PICK (rand, other_prefixes), " ", place, NULL);
}

/* @title (taken over), or if the register or this run has it already, @title with a number,
 * as a register would tell two of the same name apart. */
static char *
unique_title (DemoRun *run,
              GType    type,
              char    *title)
{
  g_autofree char *taken = title;

  if (skup_store_find_by_title (run->store, type, title) == 0 && run_take_name (run, title))
    return g_steal_pointer (&taken);
  for (;;)
    {
      g_autofree char *numbered = g_strdup_printf ("%s (%u)", taken, ++run->name_serial);

      if (skup_store_find_by_title (run->store, type, numbered) == 0 &&
          run_take_name (run, numbered))
        return g_steal_pointer (&numbered);
    }
}

/* @title (taken over) if it is free, else %NULL so the caller draws another; the last
 * attempt gets a number instead. The register refuses a second organisation of the same
 * name, which is why a second synthetic register in the same database looks too. */
static char *
claim_title (DemoRun *run,
             GType    type,
             char    *title,
             guint    attempt)
{
  if (attempt == 8)
    return unique_title (run, type, title);
  if (skup_store_find_by_title (run->store, type, title) == 0 && run_take_name (run, title))
    return title;
  g_free (title);
  return NULL;
}

static char *
draw_organisation_name (DemoRun     *run,
                        const char  *sector,
                        const char **city)
{
  char *name = NULL;

  for (guint attempt = 0; name == NULL; attempt++)
    {
      /* Public bodies are in every town alike; the rest follow where the work is. */
      *city = g_str_equal (sector, "government") ? PICK (run->rand, cities).name
                                                 : pick_city (run->rand);
      name = claim_title (run, SKUP_TYPE_ORGANISATION,
                          organisation_name (run->rand, sector, city), attempt);
    }
  return name;
}

static gboolean
synth_organisations (DemoRun  *run,
                     guint     n,
                     GError  **error)
{
  run->orgs = g_array_sized_new (FALSE, FALSE, sizeof (SynthOrganisation), n);
  for (guint i = 0; i < n; i++)
    {
      /* The first of each sector is certain, so that small registers have donors too. */
      guint sector = i < G_N_ELEMENTS (sectors) ? i
                     : pick_weighted (run->rand, sectors, G_N_ELEMENTS (sectors));
      SynthOrganisation org = { 0, sectors[sector].name, NULL };
      g_autofree char *name = draw_organisation_name (run, org.sector, &org.city);
      g_autoptr(SkupRecord) record = SKUP_RECORD (skup_organisation_new ());

      skup_record_set_string (record, "name", name);
      skup_record_set_string (record, "sector", org.sector);
      skup_record_set_string (record, "city", org.city);
      skup_record_set_string (record, "country", "Serbia");
      if (!skup_store_save (run->store, record, error))
        return FALSE;
      run->stats->organisations++;
      org.id = skup_record_get_id (record);
      g_array_append_val (run->orgs, org);
    }
  return TRUE;
}

static gboolean
synth_rooms (DemoRun     *run,
             SynthVenue  *venue,
             GError     **error)
{
  static const char * const names[] = { "Velika sala", "Mala sala", "Sala 2" };
  guint n = g_rand_int_range (run->rand, 0, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) room = SKUP_RECORD (skup_room_new ());

      skup_record_set_string (room, "name", names[i]);
      skup_record_set_int (room, "venue-id", venue->id);
      skup_record_set_int (room, "capacity",
                           i == 0 ? venue->capacity : MAX (15, venue->capacity / 4));
      if (!skup_store_save (run->store, room, error))
        return FALSE;
      if (i == 0)
        venue->room_id = skup_record_get_id (room);
    }
  return TRUE;
}

static gboolean
synth_venue (DemoRun  *run,
             GError  **error)
{
  SynthVenue venue = { 0, NULL, 0, 10 * g_rand_int_range (run->rand, 4, 31) };
  g_autofree char *name = NULL;
  g_autofree char *address = g_strdup_printf ("%s %d", PICK (run->rand, streets),
                                              g_rand_int_range (run->rand, 1, 121));
  g_autoptr(SkupRecord) record = SKUP_RECORD (skup_venue_new ());

  for (guint attempt = 0; name == NULL; attempt++)
    {
      venue.city = pick_city (run->rand);
      name = claim_title (run, SKUP_TYPE_VENUE,
                          g_strconcat (PICK (run->rand, venue_kinds), " ", venue.city, NULL),
                          attempt);
    }
  skup_record_set_string (record, "name", name);
  skup_record_set_string (record, "address", address);
  skup_record_set_string (record, "city", venue.city);
  skup_record_set_string (record, "country", "Serbia");
  skup_record_set_int (record, "capacity", venue.capacity);
  if (!skup_store_save (run->store, record, error))
    return FALSE;
  run->stats->venues++;
  venue.id = skup_record_get_id (record);
  if (!synth_rooms (run, &venue, error))
    return FALSE;
  g_array_append_val (run->venues, venue);
  return TRUE;
}

static gint64
pick_organisation (DemoRun    *run,
                   GRand      *rand,
                   const char *sector)
{
  for (guint attempt = 0; ; attempt++)
    {
      const SynthOrganisation *org = &g_array_index (run->orgs, SynthOrganisation,
                                                     g_rand_int_range (rand, 0, run->orgs->len));

      if (sector == NULL || attempt == 50 || g_str_equal (org->sector, sector))
        return org->id;
    }
}

static char *
draw_project_name (DemoRun *run)
{
  char *name = NULL;

  for (guint attempt = 0; name == NULL; attempt++)
    {
      const char *verb = PICK (run->rand, project_verbs);
      const char *topic = PICK (run->rand, topics);
      const char *region = PICK (run->rand, regions);

      name = claim_title (run, SKUP_TYPE_PROJECT,
                          g_strdup_printf ("%s %c%s in %s", verb, g_ascii_tolower (topic[0]),
                                           topic + 1, region), attempt);
    }
  return name;
}

static gboolean
synth_project (DemoRun  *run,
               guint     index,
               guint     n,
               GError  **error)
{
  SynthProject project = { 0, 2014 + (int) (index * 12 / n), 0, 0 };
  g_autofree char *name = draw_project_name (run);
  g_autofree char *code = g_strdup_printf ("SRB-%d-%03u", project.first_year, index + 1);
  g_autofree char *start = g_strdup_printf ("%d-%02d-01", project.first_year,
                                            g_rand_int_range (run->rand, 1, 13));
  g_autofree char *end = NULL;
  g_autoptr(SkupRecord) record = SKUP_RECORD (skup_project_new ());

  project.last_year = project.first_year + g_rand_int_range (run->rand, 1, 4);
  project.donor_id = pick_organisation (run, run->rand, "international");
  end = g_strdup_printf ("%d-12-31", project.last_year);
  skup_record_set_string (record, "name", name);
  skup_record_set_string (record, "code", code);
  skup_record_set_int (record, "donor-id", project.donor_id);
  skup_record_set_string (record, "start-date", start);
  skup_record_set_string (record, "end-date", end);
  if (!skup_store_save (run->store, record, error))
    return FALSE;
  run->stats->projects++;
  project.id = skup_record_get_id (record);
  g_array_append_val (run->projects, project);
  return TRUE;
}

static const NameBank *
synth_bank (DemoRun *run)
{
  guint roll = g_rand_int_range (run->rand, 0, 100);
  guint other = g_rand_int_range (run->rand, N_REGIONAL_BANKS, run->banks->len);

  if (roll < 88)
    return g_ptr_array_index (run->banks, 0);
  if (roll < 98)
    return g_ptr_array_index (run->banks, 1 + (roll - 88) % (N_REGIONAL_BANKS - 1));
  return g_ptr_array_index (run->banks, other);
}

static void
synth_trainer (DemoRun    *run,
               SkupRecord *person)
{
  guint first = g_rand_int_range (run->rand, 0, G_N_ELEMENTS (expertise_areas));
  guint second = (first + g_rand_int_range (run->rand, 1, G_N_ELEMENTS (expertise_areas))) %
                 G_N_ELEMENTS (expertise_areas);
  int since = g_rand_int_range (run->rand, 2000, 2020);
  g_autofree char *expertise = g_strdup_printf ("%s; %s", expertise_areas[first],
                                                expertise_areas[second]);
  g_autofree char *bio = g_strdup_printf ("Trainer in %s since %d; works with professionals "
                                          "in health, social protection and justice.",
                                          expertise_areas[first], since);

  skup_record_set_bool (person, "is-trainer", TRUE);
  skup_record_set_string (person, "expertise", expertise);
  skup_record_set_string (person, "bio", bio);
}

static gboolean
synth_person (DemoRun  *run,
              guint     index,
              GError  **error)
{
  gboolean female = percent (run->rand, 58);
  gboolean has_org = percent (run->rand, 90);
  const SynthOrganisation *org = &g_array_index (run->orgs, SynthOrganisation,
                                                 g_rand_int_range (run->rand, 0, run->orgs->len));
  const char *position = draw_position (run->rand, org->sector);
  gboolean consent = percent (run->rand, 60);
  g_autofree char *consent_date = g_strdup_printf ("%d-%02d-%02d",
                                                   g_rand_int_range (run->rand, 2018, 2026),
                                                   g_rand_int_range (run->rand, 1, 13),
                                                   g_rand_int_range (run->rand, 1, 29));
  g_auto(DemoName) name = { 0 };
  g_autoptr(SkupRecord) record = NULL;
  gint64 id;

  draw_name (run, run->rand, synth_bank (run), female, FALSE, 80, &name);
  record = person_record (&name, has_org ? org->id : 0, has_org ? position : NULL,
                          has_org ? org->city : pick_city (run->rand));
  skup_record_set_string (record, "consent-date", consent ? consent_date : NULL);
  skup_record_set_bool (record, "photo-consent", consent && g_rand_boolean (run->rand));
  /* One in fifty trains: about 2 %, the pool events draw their trainers from. */
  if (index % 50 == 0)
    synth_trainer (run, record);
  if (!skup_store_save (run->store, record, error))
    return FALSE;
  run->stats->people++;
  id = skup_record_get_id (record);
  g_array_append_val (run->people, id);
  if (index % 50 == 0)
    g_array_append_val (run->trainers, id);
  return TRUE;
}

typedef struct {
  const SynthKind    *kind;
  guint               days;
  char                start[11];
  char                end[11];
  const char         *status;
  const SynthVenue   *venue;
  const char         *city;
  const SynthProject *project;
  const char         *topic;
} SynthPlan;

static void
format_date (char         out[11],
             const GDate *date)
{
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

/* Between 2015 and 2026, on a weekday. */
static void
plan_dates (GRand     *rand,
            SynthPlan *plan)
{
  Weighted weights[G_N_ELEMENTS (day_weights)];
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (day_weights); i++)
    weights[i] = (Weighted) { NULL, i < plan->kind->max_days ? day_weights[i] : 0 };
  plan->days = 1 + pick_weighted (rand, weights, G_N_ELEMENTS (weights));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2015);
  g_date_add_days (&date, g_rand_int_range (rand, 0, 12 * 365 + 3 - 8));
  if (g_date_get_weekday (&date) == G_DATE_SATURDAY)
    g_date_add_days (&date, 2);
  else if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_add_days (&date, 1);
  format_date (plan->start, &date);
  g_date_add_days (&date, plan->days - 1);
  format_date (plan->end, &date);
}

/* What happened to the event, as of today: the one thing that depends on the day of the run. */
static void
plan_status (DemoRun   *run,
             GRand     *rand,
             SynthPlan *plan)
{
  guint roll = g_rand_int_range (rand, 0, 100);

  if (strcmp (plan->end, run->today) < 0)
    plan->status = roll < 5 ? "cancelled" : "held";
  else if (strcmp (plan->start, run->today) > 0)
    plan->status = roll < 5 ? "cancelled" : roll < 45 ? "planned" : "confirmed";
  else
    plan->status = "confirmed";
}

static const SynthProject *
plan_project (DemoRun *run,
              GRand   *rand,
              int      year)
{
  guint first = g_rand_int_range (rand, 0, run->projects->len);

  if (!percent (rand, 40))
    return NULL;
  for (guint i = 0; i < run->projects->len; i++)
    {
      const SynthProject *project = &g_array_index (run->projects, SynthProject,
                                                    (first + i) % run->projects->len);

      if (project->first_year <= year && year <= project->last_year)
        return project;
    }
  return NULL;
}

static void
plan_event (DemoRun   *run,
            GRand     *rand,
            SynthPlan *plan)
{
  Weighted weights[G_N_ELEMENTS (kinds)];
  const SynthVenue *venue;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    weights[i] = (Weighted) { kinds[i].kind, kinds[i].weight };
  plan->kind = &kinds[pick_weighted (rand, weights, G_N_ELEMENTS (weights))];
  plan->topic = PICK (rand, topics);
  plan_dates (rand, plan);
  plan_status (run, rand, plan);
  venue = &g_array_index (run->venues, SynthVenue, g_rand_int_range (rand, 0, run->venues->len));
  plan->venue = g_str_equal (plan->kind->kind, "webinar") || percent (rand, 10) ? NULL : venue;
  plan->city = plan->venue != NULL ? plan->venue->city
               : g_str_equal (plan->kind->kind, "webinar") ? NULL : pick_city (rand);
  plan->project = plan_project (run, rand, atoi (plan->start));
}

static char *
plan_title (const SynthPlan *plan)
{
  const char *topic = plan->topic;
  g_autofree char *head = NULL;

  if (plan->kind->lower)
    head = g_strdup_printf ("%s%c%s", plan->kind->title, g_ascii_tolower (topic[0]), topic + 1);
  else
    head = g_strconcat (plan->kind->title, topic, NULL);
  if (plan->city == NULL)
    return g_steal_pointer (&head);
  return g_strdup_printf ("%s — %s %.4s", head, plan->city, plan->start);
}

/* A third of trainings and workshops count towards a professional licence. */
static void
plan_accreditation (GRand           *rand,
                    const SynthPlan *plan,
                    SkupRecord      *event)
{
  const char *body = PICK (rand, accreditation_bodies);
  g_autofree char *code = g_strdup_printf ("A-%02d-%03d/%.2s", g_rand_int_range (rand, 1, 40),
                                           g_rand_int_range (rand, 1, 999), plan->start + 2);
  double points = g_rand_int_range (rand, 4, 17);

  if (!g_str_equal (plan->kind->staff_role, "trainer") || !percent (rand, 33))
    return;
  skup_record_set_string (event, "accreditation-body", body);
  skup_record_set_string (event, "accreditation-code", code);
  skup_record_set_real (event, "accreditation-points", points);
  skup_record_set_real (event, "credited-hours", 6.0 * plan->days);
}

static gint64
save_synth_event (DemoRun          *run,
                  GRand            *rand,
                  const SynthPlan  *plan,
                  GError          **error)
{
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());
  g_autofree char *title = plan_title (plan);
  guint language = g_rand_int_range (rand, 0, 100);
  gboolean in_room = g_rand_boolean (rand);

  skup_record_set_string (event, "title", title);
  skup_record_set_string (event, "kind", plan->kind->kind);
  skup_record_set_string (event, "start-date", plan->start);
  skup_record_set_string (event, "end-date", plan->end);
  skup_record_set_string (event, "status", plan->status);
  skup_record_set_string (event, "city", plan->city);
  skup_record_set_string (event, "language", language < 85 ? "Serbian"
                                             : language < 95 ? "English" : "Serbian, English");
  if (plan->venue != NULL)
    {
      skup_record_set_int (event, "venue-id", plan->venue->id);
      skup_record_set_int (event, "room-id", in_room ? plan->venue->room_id : 0);
      skup_record_set_int (event, "capacity", plan->venue->capacity);
    }
  skup_record_set_int (event, "project-id", plan->project != NULL ? plan->project->id : 0);
  plan_accreditation (rand, plan, event);
  if (!skup_store_save (run->store, event, error))
    return 0;
  run->stats->events++;
  return skup_record_get_id (event);
}

static gboolean
add_synth_event_organisation (DemoRun     *run,
                              gint64       event_id,
                              GArray      *added,
                              gint64       organisation_id,
                              const char  *role,
                              GError     **error)
{
  for (guint i = 0; i < added->len; i++)
    if (g_array_index (added, gint64, i) == organisation_id)
      return TRUE;
  g_array_append_val (added, organisation_id);
  return skup_store_add_event_organisation (run->store, event_id, organisation_id, role, error);
}

/* An organiser from government or civil society, the project's donor, and up to two more. */
static gboolean
synth_event_organisations (DemoRun          *run,
                           GRand            *rand,
                           gint64            event_id,
                           const SynthPlan  *plan,
                           GError          **error)
{
  static const char * const roles[] = { "co-organiser", "supporter", "partner" };
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 organiser = pick_organisation (run, rand, g_rand_boolean (rand) ? "civil-society"
                                                                          : "government");
  guint extra = g_rand_int_range (rand, 0, 3);

  if (!add_synth_event_organisation (run, event_id, added, organiser, "organiser", error))
    return FALSE;
  if (plan->project != NULL &&
      !add_synth_event_organisation (run, event_id, added, plan->project->donor_id, "donor",
                                     error))
    return FALSE;
  for (guint i = 0; i < extra; i++)
    {
      gint64 other = pick_organisation (run, rand, NULL);
      const char *role = PICK (rand, roles);

      if (!add_synth_event_organisation (run, event_id, added, other, role, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_person (GArray *registrations,
            gint64  person_id)
{
  for (guint i = 0; i < registrations->len; i++)
    if (g_array_index (registrations, DemoRegistration, i).person_id == person_id)
      return TRUE;
  return FALSE;
}

/* Someone from @pool not yet at the event, or 0. With @skewed, some people come far more
 * often than others, as in a real register. */
static gint64
pick_person (GRand   *rand,
             GArray  *pool,
             GArray  *registrations,
             gboolean skewed)
{
  for (guint attempt = 0; attempt < 20; attempt++)
    {
      double u = g_rand_double (rand);
      guint index = (guint) (pool->len * (skewed ? pow (u, 1.3) : u));
      gint64 id = g_array_index (pool, gint64, MIN (index, pool->len - 1));

      if (!has_person (registrations, id))
        return id;
    }
  return 0;
}

static const char *
registration_status (GRand      *rand,
                     const char *event_status,
                     const char *role)
{
  guint roll = g_rand_int_range (rand, 0, 100);

  if (g_str_equal (event_status, "cancelled"))
    return "cancelled";
  if (is_staff_role (role))
    return "confirmed";
  if (g_str_equal (event_status, "held"))
    return roll < 88 ? "confirmed" : roll < 92 ? "registered" : roll < 96 ? "cancelled"
                                                                          : "declined";
  return roll < 25 ? "invited" : roll < 65 ? "registered" : roll < 90 ? "confirmed"
                                                                     : roll < 95 ? "waitlisted"
                                                                                 : "declined";
}

static void
add_synth_registration (GRand           *rand,
                        GArray          *registrations,
                        const SynthPlan *plan,
                        gint64           person_id,
                        const char      *role)
{
  const char *status = registration_status (rand, plan->status, role);
  DemoRegistration registration = { person_id, role, status, FALSE };

  registration.attends = g_str_equal (plan->status, "held") &&
                         (g_str_equal (status, "confirmed") || g_str_equal (status, "registered"));
  if (person_id != 0)
    g_array_append_val (registrations, registration);
}

/* 10–40 people: trainers or speakers from the trainer pool, one organiser, participants. */
static GArray *
synth_registrations (DemoRun         *run,
                     GRand           *rand,
                     const SynthPlan *plan)
{
  GArray *registrations = g_array_new (FALSE, FALSE, sizeof (DemoRegistration));
  guint total = g_rand_int_range (rand, 10, 41);
  guint staff = g_rand_int_range (rand, plan->kind->min_staff, plan->kind->max_staff + 1);

  for (guint i = 0; i < staff; i++)
    add_synth_registration (rand, registrations, plan,
                            pick_person (rand, run->trainers, registrations, FALSE),
                            plan->kind->staff_role);
  add_synth_registration (rand, registrations, plan,
                          pick_person (rand, run->people, registrations, FALSE), "organiser");
  for (guint attempt = 0; registrations->len < total && attempt < 2 * total; attempt++)
    add_synth_registration (rand, registrations, plan,
                            pick_person (rand, run->people, registrations, TRUE),
                            "participant");
  return registrations;
}

/* Each event draws from a generator of its own, so what one event draws (and whether it is
 * already past) does not shift the next. */
static gboolean
synth_event (DemoRun  *run,
             guint     index,
             GError  **error)
{
  guint32 seeds[] = { run->seed, index, 0x5ca1ab1e };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  SynthPlan plan = { 0 };
  g_autoptr(GArray) registrations = NULL;
  gint64 event_id;

  plan_event (run, rand, &plan);
  event_id = save_synth_event (run, rand, &plan, error);
  if (event_id == 0 || !synth_event_organisations (run, rand, event_id, &plan, error))
    return FALSE;
  registrations = synth_registrations (run, rand, &plan);
  return register_people (run, rand, event_id, registrations, error);
}

static gboolean
fill_synthetic (DemoRun  *run,
                guint     n_people,
                guint     n_events,
                GError  **error)
{
  guint n_projects = MAX (5, n_events / 25);

  if (!synth_organisations (run, MAX (20, n_people / 50), error))
    return FALSE;
  run->venues = g_array_new (FALSE, FALSE, sizeof (SynthVenue));
  for (guint i = 0; i < 50; i++)
    if (!synth_venue (run, error))
      return FALSE;
  run->projects = g_array_new (FALSE, FALSE, sizeof (SynthProject));
  for (guint i = 0; i < n_projects; i++)
    if (!synth_project (run, i, n_projects, error))
      return FALSE;
  run->people = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_people);
  run->trainers = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < n_people; i++)
    if (!synth_person (run, i, error))
      return FALSE;
  for (guint i = 0; i < n_events; i++)
    if (!synth_event (run, i, error))
      return FALSE;
  return TRUE;
}

/**
 * skup_demo_fill_synthetic:
 * @store: the register
 * @n_people: how many people to make (at least 1)
 * @n_events: how many events to make
 * @seed: the same seed makes the same register (on the same day: whether an event is past,
 *   and so held and attended, depends on today)
 * @stats: (out caller-allocates) (optional): what was added
 * @error: return location for a #GError
 *
 * Adds a large invented register of the shape of the sample: organisations (one per fifty
 * people, at least 20), 50 venues, projects with donors, people with Latin and Cyrillic names,
 * events from 2015 to 2026 lasting one to five days, 10–40 registrations per event and
 * attendance per day for the events that were held. It is added to whatever is there, in one
 * transaction.
 *
 * Returns: %TRUE on success; on failure nothing was added
 */
gboolean
skup_demo_fill_synthetic (SkupStore      *store,
                          guint           n_people,
                          guint           n_events,
                          guint32         seed,
                          SkupDemoStats  *stats,
                          GError        **error)
{
  g_autoptr(DemoRun) run = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_people > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  run = demo_run_new (store, stats, seed);
  if (!skup_store_begin (store, error))
    return FALSE;
  if (!fill_synthetic (run, n_people, n_events, error))
    {
      skup_store_rollback (store);
      memset (run->stats, 0, sizeof *run->stats);
      return FALSE;
    }
  return skup_store_commit (store, error);
}
