// Outlets that print one another's stories as their own (GUIDE 6). USA
// TODAY's site carries the stories of the USA TODAY Network's local papers
// under the paper's byline, so "told the Argus Leader" on USA TODAY's page
// of an Argus Leader story is the writer's own interview, a venue and no
// relay; and the other way round. Only a network whose members publish
// each other's copy unchanged belongs here; papers under one owner that
// keep their own newsrooms apart (a chain's papers quoting each other) do not.

import { fold } from './fold.ts'

const NETWORKS: readonly (readonly string[])[] = [
  ['USA TODAY', 'USA Today', 'USA TODAY Network', 'USA Today Network', 'Argus Leader', 'Sioux Falls Argus Leader', 'Des Moines Register',
    'The Des Moines Register', 'Detroit Free Press', 'Indianapolis Star', 'IndyStar', 'The Indianapolis Star', 'Arizona Republic',
    'The Arizona Republic', 'azcentral', 'The Tennessean', 'Tennessean', 'Cincinnati Enquirer', 'The Cincinnati Enquirer', 'Courier Journal',
    'Louisville Courier Journal', 'The Courier-Journal', 'Milwaukee Journal Sentinel', 'Journal Sentinel', 'Florida Today', 'Asbury Park Press',
    'NorthJersey.com', 'Democrat and Chronicle', 'The Journal News', 'lohud', 'Iowa City Press-Citizen', 'Green Bay Press-Gazette',
    'Naples Daily News', 'The News-Press', 'Fort Myers News-Press', 'Pensacola News Journal', 'Tallahassee Democrat', 'Burlington Free Press',
    'Clarion Ledger', 'The Clarion-Ledger', 'Montgomery Advertiser', 'Statesman Journal', 'Reno Gazette-Journal', 'The Desert Sun',
    'Ventura County Star', 'Great Falls Tribune', 'Lansing State Journal', 'Springfield News-Leader', 'Knoxville News Sentinel',
    'The Commercial Appeal', 'Commercial Appeal', 'Palm Springs Desert Sun', 'The Greenville News', 'Greenville News', 'Press & Sun-Bulletin',
    'Poughkeepsie Journal', 'Appleton Post-Crescent', 'The Post-Crescent', 'Wausau Daily Herald', 'Shreveport Times',
    'The News Journal', 'Delaware News Journal', 'The Daily Advertiser', 'Lafayette Journal & Courier', 'Journal & Courier',
    'Hattiesburg American', 'The Star Press', 'Palladium-Item', 'Sheboygan Press', 'Stevens Point Journal', 'Marshfield News-Herald',
    'Mansfield News Journal', 'Zanesville Times Recorder', 'Chillicothe Gazette', 'Salisbury Daily Times', 'Visalia Times-Delta', 'Tulare Advance-Register', 'The Leaf-Chronicle', 'The Jackson Sun', 'Daily News Journal', 'Alexandria Town Talk',
    'Monroe News-Star', 'Opelousas Daily World', 'Asheville Citizen Times', 'Citizen Times', 'St. Cloud Times', 'Fort Collins Coloradoan',
    'Coloradoan', 'Pacific Daily News', 'Vineland Daily Journal'],
  // (RT's video agency supplies its footage and interviews, printed as RT's own.)
  ['RT', 'Russia Today', 'Ruptly'],
]

const networkByName = new Map<string, readonly string[]>()
for (const members of NETWORKS) for (const name of members) networkByName.set(fold(name.replace(/^the\s+/i, '')), members)

// The other outlets of the network an outlet belongs to (none when it belongs to none).
export function networkOf(outlet: string): readonly string[] {
  return networkByName.get(fold(outlet.replace(/^the\s+/i, ''))) ?? []
}
