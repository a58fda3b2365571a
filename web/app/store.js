// Saved assessments and settings in IndexedDB. Each operation is one transaction; the result
// is reported only once the transaction has committed. Schema changes go in UPGRADES, one step
// per version, never dropping a store, so saved assessments survive app updates.

const DB_NAME = 'talentmatch';
const ASSESSMENTS = 'assessments';
const SETTINGS = 'settings';

const UPGRADES = [
  // version 1
  (db) => {
    const assessments = db.createObjectStore(ASSESSMENTS, { keyPath: 'id' });
    assessments.createIndex('savedAt', 'savedAt');
    db.createObjectStore(SETTINGS, { keyPath: 'key' });
  },
];

let opening = null;

function openDb() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, UPGRADES.length);
    request.onupgradeneeded = (event) => {
      for (let v = event.oldVersion; v < UPGRADES.length; v++) UPGRADES[v](request.result, request.transaction);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app in another tab wants to upgrade: let it.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
    request.onblocked = () => reject(new Error('the database is open in an older tab; close it and retry'));
  });
  return opening;
}

/** Runs work(store) in one transaction; resolves with the request's result after commit. */
async function transact(storeName, mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode);
    let result;
    const request = work(tx.objectStore(storeName));
    if (request) request.onsuccess = () => (result = request.result);
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function newId() {
  const random = crypto.getRandomValues(new Uint32Array(1))[0].toString(36);
  return `${Date.now().toString(36)}-${random}`;
}

/** Saves {posting, result, details, lang}; returns the stored record (with id and savedAt). */
export async function saveAssessment(assessment) {
  const record = { ...assessment, id: assessment.id ?? newId(), savedAt: assessment.savedAt ?? Date.now() };
  await transact(ASSESSMENTS, 'readwrite', (store) => store.put(record));
  return record;
}

/** Every saved assessment, newest first. */
export async function listAssessments() {
  const all = await transact(ASSESSMENTS, 'readonly', (store) => store.index('savedAt').getAll());
  return (all ?? []).reverse();
}

export const getAssessment = (id) => transact(ASSESSMENTS, 'readonly', (store) => store.get(id));
export const deleteAssessment = (id) => transact(ASSESSMENTS, 'readwrite', (store) => store.delete(id));

export async function getSetting(key) {
  const row = await transact(SETTINGS, 'readonly', (store) => store.get(key));
  return row?.value;
}

export const setSetting = (key, value) => transact(SETTINGS, 'readwrite', (store) => store.put({ key, value }));
export const deleteSetting = (key) => transact(SETTINGS, 'readwrite', (store) => store.delete(key));
