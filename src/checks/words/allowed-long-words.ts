/**
 * Familiar words of 3 or more syllables that the long-words check never flags. Easy read
 * guidance keeps words like "hospital", "medicine" and "appointment": readers know them,
 * and a shorter word would be less clear. Written for this project from NHS easy read
 * leaflets' common vocabulary. Lower case; plurals and "-ed"/"-ing"/"-ly" forms of these
 * words are allowed too.
 */
export const allowedLongWords: ReadonlySet<string> = new Set([
  // People and places
  'hospital', 'pharmacy', 'pharmacist', 'optician', 'ambulance', 'surgery', 'family', 'families',
  'everyone', 'everybody', 'anyone', 'anybody', 'somebody', 'nobody', 'community', 'company',
  'library', 'interpreter', 'counsellor', 'therapist', 'physio', 'supporter', 'advocate',
  'grandparent', 'grandmother', 'grandfather', 'grandchildren', 'relative', 'visitor',
  'midwife', 'dentist', 'doctor', 'carer', 'department',
  // Health
  'medicine', 'medical', 'appointment', 'prescription', 'temperature', 'operation', 'injection',
  'infection', 'vaccination', 'vaccinated', 'allergy', 'allergic', 'diabetes', 'epilepsy',
  'arthritis', 'dementia', 'anxiety', 'anxious', 'depression', 'depressed', 'disability',
  'disabilities', 'emergency', 'accident', 'treatment', 'condition', 'illness', 'headache',
  'stomach', 'inhaler', 'paracetamol', 'ibuprofen', 'vitamin', 'vitamins', 'exercise',
  'energy', 'alcohol', 'cigarette', 'vegetable', 'vegetables', 'healthy', 'unhealthy',
  'pregnancy', 'pregnant', 'period', 'periods', 'bleeding', 'screening', 'cancer',
  'problem', 'therapy', 'counselling', 'covid', 'coronavirus', 'x-ray', 'eyesight',
  'hearing', 'wheelchair', 'side effects', 'symptom', 'symptoms', 'blood pressure',
  'cholesterol', 'antibiotics', 'contraceptive', 'pelvic', 'ovary', 'ovaries', 'testicles',
  'private', 'privately', 'overweight', 'underweight', 'uncomfortable', 'comfortable',
  // Everyday words
  'together', 'remember', 'important', 'information', 'anything', 'everything', 'something',
  'another', 'already', 'afternoon', 'tomorrow', 'yesterday', 'different', 'difficult',
  'usually', 'usual', 'unusual', 'really', 'easily', 'possible', 'impossible', 'probably',
  'banana', 'potato', 'potatoes', 'tomato', 'tomatoes', 'holiday', 'camera', 'telephone',
  'computer', 'internet', 'video', 'radio', 'animal', 'animals', 'umbrella', 'envelope',
  'example', 'carefully', 'dangerous', 'beautiful', 'wonderful', 'everywhere', 'whatever',
  'whenever', 'wherever', 'understand', 'understanding', 'underneath', 'interested',
  'eleven', 'seventeen', 'seventy', 'several', 'saturday', 'january', 'february',
  'september', 'october', 'november', 'december', 'favourite', 'chocolate', 'area',
  'idea', 'ideas', 'question', 'questions', 'answer', 'reason', 'reasons', 'leaflet',
  'document', 'easy read', 'website', 'email', 'mobile', 'officer', 'personal', 'person',
  'people', 'safety', 'quickly', 'slowly', 'properly', 'exactly', 'any more',
  'everyday', 'every day', 'medicines', 'tablet', 'tablets', 'capsule', 'bathroom', 'toilet',
  'recovery', 'emotional', 'feelings', 'happening', 'happened', 'opening', 'open',
  'following', 'travelling', 'listening', 'remembering', 'continue', 'decide', 'decided',
  'deciding', 'explain', 'explaining', 'explained',
  // Health words skilled easy read writers keep (Easy Read Studio quality set)
  'receptionist', 'jewellery', 'painkiller', 'painkillers', 'cervical',
]);
