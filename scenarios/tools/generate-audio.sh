#!/usr/bin/env bash
# Generates every recording of the scenario library: synthetic voices (espeak-ng; flite for the
# practice callers, whose HTS-style voices sound less robotic over a whole call) and sounds
# (sox synth), put through a telephone band-pass (300-3400 Hz) and written as 8 kHz mono 16-bit PCM
# WAV, the format the library requires (docs/scenario-format.md). The clips are committed, so the
# product and its tests do not need these tools; run this after changing a clip's words here, then
# update the clip's transcript in the YAML file to match.
#   scenarios/tools/generate-audio.sh            # every folder
#   scenarios/tools/generate-audio.sh floppy-child
# Needs Debian's espeak-ng, flite and sox. `sox -R` seeds sox's random generators, so the same tools give
# the same bytes (and the scenario keeps its version) when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in espeak-ng flite sox; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install espeak-ng flite sox" >&2; exit 1; }
done

RATE=22050 # espeak-ng's own rate; everything is mixed at it before the telephone conversion
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# new: a fresh temporary file name (each helper runs in a subshell, so a counter would not do).
new() { mktemp -p "$work" --suffix=.wav; }

# say VOICE PITCH SPEED TEXT: speech, printed as a file name. Voices are espeak-ng's (en-gb,
# en-gb-x-rp, en-gb-x-gbclan, en-gb-scotland, en-gb-x-gbcwmd) with a variant (+f3 a woman, +m3 a
# man); pitch 0-99; speed in words a minute.
say() { local out; out=$(new); espeak-ng -v "$1" -p "$2" -s "$3" -w "$out" "$4"; echo "$out"; }

# speak VOICE STRETCH TEXT: flite's speech (voices slt, a woman; rms and awb, men), printed as a
# file name. STRETCH above 1 is slower (a hesitant caller), below 1 faster (a caller in a hurry).
speak() { local out; out=$(new); flite -voice "$1" --setf duration_stretch="$2" -t "$3" -o "$out"; echo "$out"; }

# gap SECONDS: silence.
gap() { local out; out=$(new); sox -R -n -r $RATE -c 1 "$out" trim 0 "$1"; echo "$out"; }

# join FILE...: one after the other.
join() { local out; out=$(new); sox -R "$@" "$out"; echo "$out"; }

# quieter FILE GAIN_DB: the same, softer (for a voice in the background).
quieter() { local out; out=$(new); sox -R "$1" "$out" gain "$2"; echo "$out"; }

# under FOREGROUND BACKGROUND: the background mixed under the foreground, cut to the foreground's length.
under() {
  local out length
  out=$(new)
  length=$(soxi -D "$1")
  sox -R -m "$1" "$2" "$out" trim 0 "$length"
  echo "$out"
}

# noise KIND SECONDS VOLUME: room or street noise (brownnoise, pinknoise, whitenoise).
noise() { local out; out=$(new); sox -R -n -r $RATE -c 1 "$out" synth "$2" "$1" vol "$3" lowpass 1500; echo "$out"; }

# cry SECONDS VOLUME: a baby's or toddler's cry: a buzzy tone that rises and falls, with vibrato,
# in breaths.
cry() {
  local parts=() i
  for i in 1 2 3; do
    local rise fall part
    rise=$(new); fall=$(new); part=$(new)
    sox -R -n -r $RATE -c 1 "$rise" synth 0.4 sawtooth 400:560
    sox -R -n -r $RATE -c 1 "$fall" synth 0.45 sawtooth 560:380
    sox -R "$rise" "$fall" "$part" tremolo 7 50 vol "$2" lowpass 2500 fade q 0.08 0.85 0.25
    parts+=("$part" "$(gap 0.35)")
  done
  local out; out=$(new)
  sox -R "${parts[@]}" "$out" trim 0 "$1"
  echo "$out"
}

# cough: two dry coughs.
cough() {
  local one; one=$(new)
  sox -R -n -r $RATE -c 1 "$one" synth 0.22 brownnoise vol 0.9 highpass 150 lowpass 2200 fade q 0.01 0.22 0.15
  join "$one" "$(gap 0.25)" "$one" "$(gap 0.4)"
}

# thump: a door closing, something put down hard.
thump() { local out; out=$(new); sox -R -n -r $RATE -c 1 "$out" synth 0.25 brownnoise vol 0.9 lowpass 250 fade q 0.005 0.25 0.2; echo "$out"; }

# music SECONDS: thin hold music, as heard down a phone line.
music() {
  local notes=() f
  for f in 523 659 784 659 587 698 880 698; do
    local note; note=$(new)
    sox -R -n -r $RATE -c 1 "$note" synth 0.35 sine "$f" sine $((f / 2)) vol 0.25 fade q 0.02 0.35 0.05
    notes+=("$note")
  done
  local out; out=$(new)
  sox -R "${notes[@]}" "${notes[@]}" "$out" trim 0 "$1"
  echo "$out"
}

# phone OUT INPUT: the telephone conversion: band-pass 300-3400 Hz, 8 kHz, mono, 16-bit, peak -3 dBFS.
phone() {
  mkdir -p "$(dirname "$1")"
  sox -R "$2" -r 8000 -c 1 -b 16 -e signed-integer "$1" highpass 300 lowpass 3400 gain -n -3
  echo "  $1 ($(soxi -D "$1") s)"
}

# Each folder's recordings: what is said here is the clip's transcript in its YAML file.

back-pain-football() {
  local d=back-pain-football/clips man="en-gb-x-gbclan+m3"
  phone $d/groan.wav "$(join "$(say $man 30 110 "Aaah. Ow, ow.")" "$(gap 0.5)" "$(say $man 40 150 "Sorry. It grabs me every time I move.")")"
  phone $d/flatmate.wav "$(join "$(quieter "$(say en-gb+m1 55 170 "Jordan! Do you want a brew or what?")" -9)" "$(gap 0.6)" "$(say $man 40 160 "Not now, mate, I'm on the phone to one one one.")")"
  local commentary; commentary=$(quieter "$(say en-gb-x-rp+m2 60 190 "And he shoots, and it's just wide of the post. What a chance that was.")" -14)
  phone $d/football-on-tv.wav "$(under "$(join "$commentary" "$(gap 0.3)")" "$(noise pinknoise 6 0.08)")"
}

gp-already-tried() {
  local d=gp-already-tried/clips woman="en-gb-x-gbcwmd+f3"
  phone $d/already-tried.wav "$(say $woman 45 165 "I've already tried that! I rang them at eight o'clock this morning, I was forty-fifth in the queue, and by the time I got through there was nothing left.")"
  phone $d/cough.wav "$(join "$(cough)" "$(say $woman 40 140 "Sorry. Excuse me.")")"
  phone $d/hold-music.wav "$(join "$(music 3.5)" "$(say en-gb-x-rp+f2 55 160 "You are number forty-five in the queue.")")"
}

repeat-prescription() {
  local d=repeat-prescription/clips man="en-gb+m7"
  phone $d/hearing-aid.wav "$(say $man 25 135 "Sorry, love, you'll have to speak up a bit. I haven't got my hearing aid in.")"
  phone $d/daughter-prompts.wav "$(join "$(quieter "$(say en-gb+f4 60 175 "Dad, tell them it's the ramipril. The five milligram ones.")" -8)" "$(gap 0.4)" "$(say $man 25 135 "Our Susan says it's the ramipril.")")"
  phone $d/searching-bag.wav "$(under "$(join "$(say $man 25 130 "Hang on, let me have a look in my bag.")" "$(gap 2.5)" "$(say $man 25 130 "No. They're not in here.")")" "$(noise whitenoise 6 0.06)")"
}

dental-pain() {
  local d=dental-pain/clips man="en-gb-scotland+m2"
  local muffled; muffled=$(new)
  sox -R "$(say $man 35 125 "It's my back tooth, bottom right. I can't even open my mouth properly.")" "$muffled" lowpass 900
  phone $d/muffled-speech.wav "$muffled"
  phone $d/wince.wav "$(join "$(say $man 30 100 "Aah.")" "$(gap 0.4)" "$(say $man 35 150 "Sorry. Every time I talk it throbs.")")"
  phone $d/street-noise.wav "$(under "$(join "$(gap 0.3)" "$(say $man 35 150 "I'm outside work, it's a bit noisy, sorry.")" "$(gap 1.0)")" "$(noise pinknoise 6 0.25)")"
}

floppy-child() {
  local d=floppy-child/clips mum="en-gb+f3"
  phone $d/weak-cry.wav "$(cry 3.4 0.25)"
  phone $d/mum-panicking.wav "$(join "$(say $mum 75 185 "Alfie? Alfie, baby, wake up. Open your eyes for Mummy.")" "$(gap 0.5)" "$(say $mum 80 195 "He's all floppy, he's like a rag doll!")")"
  phone $d/cartoons-background.wav "$(under "$(join "$(quieter "$(say en-gb+f5 90 200 "Hooray! Let's all sing the counting song! One, two, three!")" -16)" "$(gap 1)")" "$(noise brownnoise 5 0.05)")"
}

angry-son-chest-pain() {
  local d=angry-son-chest-pain/clips son="en-gb-x-gbclan+m1" dad="en-gb+m7"
  phone $d/angry-outburst.wav "$(say $son 35 200 "About time! I've been on hold for twenty minutes. This is a joke. My dad needs someone now, not a load of questions!")"
  phone $d/father-in-pain.wav "$(quieter "$(join "$(say $dad 20 110 "Gary. Gary, it's getting worse, son.")" "$(gap 0.5)" "$(say $dad 20 100 "It's going down my arm.")")" -6)"
  phone $d/door-and-shout.wav "$(join "$(thump)" "$(gap 0.2)" "$(say $son 40 210 "Dad, sit down! Sit down before you fall!")")"
}

mental-health-crisis() {
  local d=mental-health-crisis/clips megan="en-gb+f2"
  local sob; sob=$(new)
  sox -R "$(say $megan 55 90 "Hhh. Hhh. Sorry. Sorry.")" "$sob" tremolo 5 50
  phone $d/quiet-crying.wav "$sob"
  phone $d/long-silence.wav "$(join "$(noise brownnoise 4 0.03)" "$(say $megan 45 120 "I'm still here.")")"
  phone $d/flatmate-arrives.wav "$(join "$(thump)" "$(gap 0.4)" "$(quieter "$(say en-gb+f4 60 170 "Meg? Meg, are you in? I got off early.")" -6)")"
}

listening-inhaler-call() {
  local d=listening-inhaler-call/clips advisor="en-gb-x-rp+m3" caller="en-gb+f4" lines=()
  add() { lines+=("$(say "$1" "$2" "$3" "$4")" "$(gap 0.45)"); }
  add $advisor 45 155 "N H S one one one, you're speaking to Chris. Can I take a phone number first, in case we get cut off?"
  add $caller 65 145 "Yes. It's oh seven seven oh oh, nine oh oh, four five six."
  add $advisor 45 155 "Thank you. Is the call about yourself? Can I take your name?"
  add $caller 65 140 "It's for me. Margaret Fenwick. That's F, E, N, W, I, C, K."
  add $advisor 45 155 "Thank you, Margaret. And your date of birth?"
  add $caller 65 140 "The eleventh of February, nineteen fifty one."
  add $advisor 45 155 "And the postcode where you are now?"
  add $caller 65 135 "Y, O, thirty, four, R, B."
  add $advisor 45 155 "What's the main problem today?"
  add $caller 65 145 "I've run out of my blue inhaler, the salbutamol, and my chest is a bit wheezy tonight, like when the weather turns. The chemist in the village is shut."
  add $advisor 45 155 "Are you finding it hard to breathe, or to speak in full sentences?"
  add $caller 65 145 "No, no. Just wheezy."
  add $advisor 45 155 "Which G P surgery are you registered with?"
  add $caller 65 145 "Clifton Moor Surgery."
  add $advisor 45 150 "I'll send your details to a pharmacy that's open tonight, so you can get an emergency supply. If your breathing gets worse, or your lips turn blue, call nine nine nine straight away."
  phone $d/call.wav "$(under "$(join "${lines[@]}")" "$(noise brownnoise 60 0.02)")"
}

# A practice call's turns: the caller alone, one clip a turn (what the practice page plays, then
# waits for the candidate). The words are each turn's transcript in practice.yaml.
practice-sore-throat() {
  local d=practice-sore-throat/clips grace="slt" s=1.15
  phone $d/opening.wav "$(speak $grace $s "Hello. I've had a really sore throat for four days now and I think I need some antibiotics.")"
  phone $d/details.wav "$(speak $grace $s "Yes, it's Grace Okafor. My date of birth is the third of March, nineteen ninety. My number is oh seven seven oh oh, nine oh oh, three one two.")"
  phone $d/postcode.wav "$(speak $grace $s "The postcode is B, thirteen, nine, H, X. I'm with Moseley Medical Centre.")"
  phone $d/symptoms.wav "$(speak $grace $s "It hurts to swallow, but I can drink. No trouble breathing, and no rash. I've had a bit of a temperature.")"
  phone $d/worry.wav "$(speak $grace $s "So I don't need antibiotics? What should I do, then?")"
  phone $d/thanks.wav "$(speak $grace $s "OK. Paracetamol, lots of fluids, and ask the pharmacist. And ring back if I can't swallow or it's hard to breathe. Thank you.")"
}

practice-feverish-toddler() {
  local d=practice-feverish-toddler/clips tom="rms" s=0.95
  phone $d/opening.wav "$(speak $tom $s "Hi, yeah, it's my little girl, Isla, she's two, she's really hot, thirty nine point two, and I don't know if I should be worried.")"
  phone $d/details.wav "$(speak $tom $s "Isla Hughes. H, U, G, H, E, S. Her birthday is the fourteenth of June, twenty twenty four.")"
  phone $d/number.wav "$(speak $tom $s "My number, sorry, it's oh seven seven oh oh, nine oh oh, five eight one. We're at C, F, twenty four, three, A, B.")"
  phone $d/surgery.wav "$(speak $tom $s "She's at the Splott Health Centre. I gave her Calpol at seven.")"
  phone $d/symptoms.wav "$(speak $tom $s "She's drinking her milk, she's awake, she's watching telly. No rash, I checked, I did the glass thing. She's just not herself.")"
  phone $d/next.wav "$(speak $tom $s "So someone will ring me back? How long will that be? And what if she gets worse before then?")"
  phone $d/closing.wav "$(speak $tom $s "Right. If she goes floppy, or gets a rash that doesn't fade, or struggles to breathe, I ring nine nine nine. OK. Thank you.")"
}

practice-chest-pain-husband() {
  local d=practice-chest-pain-husband/clips linda="slt" s=0.8
  phone $d/opening.wav "$(speak $linda $s "It's my husband, he's got a terrible pain in his chest, it's been twenty minutes, please, I need someone!")"
  phone $d/arm.wav "$(speak $linda $s "It's going down his left arm and he's all sweaty and grey. He's sixty two.")"
  phone $d/details.wav "$(speak $linda $s "Peter Marsh. The ninth of November, nineteen sixty four. Is someone coming?")"
  phone $d/address.wav "$(speak $linda $s "Twelve Ashby Road, L, E, eleven, three, A, P. My mobile is oh seven seven oh oh, nine oh oh, seven four seven.")"
  phone $d/surgery.wav "$(speak $linda $s "Our GP? The Park View Surgery. Does that matter now?")"
  phone $d/waiting.wav "$(speak $linda $s "OK. The door's open. He's sitting down. What do I do while we wait?")"
}

folders=(back-pain-football gp-already-tried repeat-prescription dental-pain floppy-child angry-son-chest-pain
         mental-health-crisis listening-inhaler-call practice-sore-throat practice-feverish-toddler practice-chest-pain-husband)
for folder in "${@:-${folders[@]}}"; do
  echo "$folder"
  "$folder"
done
